import type { platformImportMethods } from '../../../shared/api/methods/platformImport.methods';
import type { BackendContext } from '../backendContext';
import type { DomainHandlers } from '../dispatch/handlers';
import { guarded } from '../import/import.handlers';
import { createPlatformImportService } from './platformImport.service';

export function createPlatformImportHandlers(ctx: BackendContext): DomainHandlers<typeof platformImportMethods> {
  const service = createPlatformImportService(ctx);
  return {
    'platformImport.preview': ({ bytesBase64, ...request }) =>
      guarded(() => service.preview({ ...request, bytes: Buffer.from(bytesBase64, 'base64') })),
    'platformImport.remap': ({ previewId, mapping, choices }) => guarded(() => service.remap(previewId, { mapping, choices })),
    'platformImport.commit': ({ previewId, skipInvalid }) => guarded(() => service.commit(previewId, skipInvalid)),
    'platformImport.discard': ({ previewId }) => {
      service.discard(previewId);
      return { discarded: true as const };
    },
  };
}
