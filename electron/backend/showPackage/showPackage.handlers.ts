import type { showPackageMethods } from '../../../shared/api/methods/showPackage.methods';
import type { BackendContext } from '../backendContext';
import { DomainError } from '../dispatch/domainError';
import type { DomainHandlers } from '../dispatch/handlers';
import { commitShowPackage } from './packageCommit';
import { PreviewStore, planImport } from './packagePreview';
import { readShowPackage } from './packageReader';
import { buildShowPackage } from './packageWriter';
import type { ShowPackageServices } from './services';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function createShowPackageHandlers(ctx: BackendContext, services: ShowPackageServices): DomainHandlers<typeof showPackageMethods> {
  const previews = new PreviewStore(ctx.clock);

  return {
    'showPackage.export': async ({ showId }) => {
      const built = await buildShowPackage(services, showId);
      return { fileName: built.fileName, bytes: Buffer.from(built.bytes).toString('base64'), summary: built.summary };
    },

    'showPackage.preview': async ({ fileName, bytes }) => {
      if (bytes.length % 4 !== 0 || !BASE64.test(bytes)) {
        throw new DomainError('INVALID_PAYLOAD', `${fileName}: bytes must be the file as base64`, { path: ['bytes'] });
      }
      const pkg = await readShowPackage(fileName, Buffer.from(bytes, 'base64'));
      const plan = await planImport(services, pkg);
      const stored = previews.add(pkg);
      return { previewId: stored.id, fileName, expiresAt: stored.expiresAt, ...plan };
    },

    'showPackage.commit': async ({ previewId }) => {
      const preview = previews.get(previewId);
      if (!preview) {
        throw new DomainError('NOT_FOUND', `Preview ${previewId} does not exist or has expired; preview the file again`, {
          path: ['previewId'],
        });
      }
      if (preview.committing) throw new DomainError('CONFLICT', 'This package is already being imported', { path: ['previewId'] });
      preview.committing = true;
      try {
        const result = await commitShowPackage(ctx, services, preview.pkg);
        previews.delete(previewId);
        return result;
      } finally {
        preview.committing = false;
      }
    },
  };
}
