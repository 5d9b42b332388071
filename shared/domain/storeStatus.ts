import { z } from 'zod';

/** Things that happened to the database at start-up which the operator must be told about. */
export const StoreNotice = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('restored_from_backup'),
    damagedFile: z.string(),
    backupFile: z.string(),
    backupTakenAt: z.number(),
    problems: z.array(z.string()),
  }),
  z.object({ kind: z.literal('damaged_started_empty'), damagedFile: z.string(), problems: z.array(z.string()) }),
  z.object({ kind: z.literal('migrated'), fromLevel: z.number().int(), toLevel: z.number().int(), backupFile: z.string() }),
]);
export type StoreNotice = z.infer<typeof StoreNotice>;

export const StoreStatus = z.object({
  databaseFile: z.string(),
  schemaLevel: z.number().int(),
  deviceId: z.string(),
  notices: z.array(StoreNotice),
  backups: z.array(z.object({ file: z.string(), reason: z.enum(['pre-migration', 'daily']), takenAt: z.number() })),
  outboxSize: z.number().int(),
});
export type StoreStatus = z.infer<typeof StoreStatus>;
