import { z } from 'zod';

export const ImportPhase = z.enum(['reading', 'mapping', 'validating', 'checking', 'staging', 'committing', 'done', 'cancelled', 'failed']);
export type ImportPhase = z.infer<typeof ImportPhase>;

/**
 * Progress of a long import step. `rowsTotal` is null while the file is still being read (an XLSX
 * sheet does not say how many rows it has); `fraction` (0..1) is then estimated from bytes read.
 */
export const ImportProgress = z.object({
  jobId: z.string(),
  phase: ImportPhase,
  rowsDone: z.number().int().nonnegative(),
  rowsTotal: z.number().int().nonnegative().nullable(),
  fraction: z.number().min(0).max(1).nullable(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;
