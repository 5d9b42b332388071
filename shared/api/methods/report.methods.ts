import { z } from 'zod';
import { SessionReport } from '../../domain/report/sessionReport';
import { defineQuery } from './defineMethod';

/** Where the next page of `report.sessions` starts: strictly older than this session (keyset, so a session going live meanwhile never shifts a page). */
export const SessionListCursor = z.object({ startedAt: z.number().int().nonnegative(), sessionId: z.string().min(1) }).strict();
export type SessionListCursor = z.infer<typeof SessionListCursor>;

/** One row of the session list: what the Reports area shows before the review itself is computed. */
export const SessionSummary = z.object({
  sessionId: z.string(),
  showId: z.string(),
  showName: z.string(),
  phase: z.enum(['live', 'ended']),
  startedAt: z.number().int(),
  endedAt: z.number().int().nullable(),
  /** Cues in the run of show as it went live. */
  cueCount: z.number().int().nonnegative(),
  /** Distinct cues that were fired at least once. */
  firedCueCount: z.number().int().nonnegative(),
  /** GMV entered so far (fen); null when none was (the live counters cannot tell a typed 0 from none). */
  gmvFen: z.number().int().nullable(),
  /** Highest viewers-online reading (people); null when the count was never read. */
  peakViewers: z.number().int().nonnegative().nullable(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const SessionList = z.object({
  items: z.array(SessionSummary),
  /** Every session stored, not just this page. */
  total: z.number().int().nonnegative(),
  /** Pass as `before` for the next page; null on the last page. */
  next: SessionListCursor.nullable(),
});
export type SessionList = z.infer<typeof SessionList>;

export const reportMethods = {
  'report.sessions': defineQuery({
    summary: 'Live and past sessions, newest first, in keyset pages (`before` = the previous page’s `next`).',
    input: z.object({ limit: z.number().int().min(1).max(200).default(50), before: SessionListCursor.optional() }).strict(),
    output: SessionList,
  }),
  'report.session': defineQuery({
    summary: 'The post-live review of a session, computed from its events (figures whose inputs were never entered are null, not 0).',
    input: z.object({ sessionId: z.string().min(1) }).strict(),
    output: SessionReport,
  }),
  'report.export': defineQuery({
    summary: 'The review as JSON (stable, versioned schema) or CSV (UTF-8 with BOM, formula-guarded), in Chinese or English.',
    input: z
      .object({ sessionId: z.string().min(1), format: z.enum(['json', 'csv']), language: z.enum(['zh-CN', 'en']).default('zh-CN') })
      .strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() }),
  }),
} as const;
