import type { importMethods } from '../../../shared/api/methods/import.methods';
import type { BackendContext } from '../backendContext';
import { createGuardedProductImportSink } from '../catalog/guardedProductImport';
import type { CoreServices } from '../coreServices';
import { DomainError } from '../dispatch/domainError';
import type { DomainHandlers } from '../dispatch/handlers';
import { createCatalogExport } from './catalogExport';
import { ImportError } from './importError';
import { createImportJobs } from './importJob';

/** Import failures (products or platform files) reach the client as structured errors; `reason` keeps the import's own code for the UI. */
function toDomainError(error: ImportError): DomainError {
  const code =
    error.code === 'CANCELLED'
      ? 'CANCELLED'
      : error.code === 'PREVIEW_NOT_FOUND'
        ? 'NOT_FOUND'
        : error.code === 'JOB_BUSY' ||
            error.code === 'PREVIEW_STALE' ||
            error.code === 'APPLY_UNFINISHED' ||
            error.code === 'EARLIER_IMPORT_UNFINISHED'
          ? 'CONFLICT'
          : 'INVALID_PAYLOAD';
  return new DomainError(code, error.message, { reason: error.code });
}

export async function guarded<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof ImportError ? toDomainError(error) : error;
  }
}

export function createImportHandlers(
  ctx: BackendContext,
  core: Pick<CoreServices, 'products' | 'coupons' | 'tasks'>,
): DomainHandlers<typeof importMethods> {
  const jobs = createImportJobs({
    sink: createGuardedProductImportSink(ctx, core.products),
    onProgress: (progress) => ctx.hub.publish('import.progress', progress),
  });
  const exportCatalog = createCatalogExport(ctx, core);
  return {
    'import.products.preview': ({ jobId, fileName, bytesBase64, mapping }) =>
      guarded(() =>
        jobs.preview({
          fileName,
          bytes: Buffer.from(bytesBase64, 'base64'),
          ...(jobId ? { jobId } : {}),
          ...(mapping ? { mapping } : {}),
        }),
      ),
    'import.products.remap': ({ previewId, mapping }) => guarded(() => jobs.remap(previewId, mapping)),
    'import.products.chooseDuplicate': ({ previewId, sku, row }) => guarded(() => jobs.chooseDuplicate(previewId, sku, row)),
    'import.products.rows': ({ previewId, offset, limit }) => guarded(() => jobs.rows(previewId, offset, limit)),
    'import.products.issues': ({ previewId, offset, limit }) => guarded(() => jobs.issues(previewId, offset, limit)),
    'import.products.commit': ({ previewId, skipInvalid }) => guarded(() => jobs.commit(previewId, { skipInvalid })),
    'import.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'import.products.discard': ({ previewId }) => {
      jobs.discard(previewId);
      return { discarded: true as const };
    },
    'export.catalog': ({ what, format, language }) => exportCatalog(what, format, language),
  };
}
