import { z } from 'zod';

/** Row ids: UUIDs (v7 for rows this device creates, so they sort by creation time). */
export const Id = z.uuid({ message: 'must be an id (UUID)' });

/** Money in integer minor units (fen, 分: 1 yuan = 100 fen). Never a float. */
export const Fen = z
  .number({ message: 'must be an amount in fen (integer)' })
  .int('must be a whole number of fen')
  .nonnegative('must not be negative')
  .max(Number.MAX_SAFE_INTEGER);

/** A point in time, epoch milliseconds. */
export const EpochMs = z.number().int('must be epoch milliseconds').nonnegative();

/** A length of time in milliseconds, at most a day. */
export const DurationMs = z
  .number()
  .int('must be whole milliseconds')
  .positive('must be longer than 0')
  .max(86_400_000, 'must be at most 24 h');

/** Offset paging for list queries. */
export const PageInput = {
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().nonnegative().default(0),
};

/** One page of a list query; `total` counts every match, not just this page. */
export function Page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A problem with one field, as the API reports it. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** Runs a cross-field check inside a zod schema so its problems come back as field errors. */
export function refineWith<T>(check: (value: T) => FieldIssue[]) {
  return (value: T, ctx: z.RefinementCtx) => {
    for (const issue of check(value)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  };
}
