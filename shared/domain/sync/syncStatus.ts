import { z } from 'zod';
import { ProducerAccount } from '../../api/hub/hubProducer';

/**
 * The store's link to head office, as the status bar and Settings → 总部同步 show it.
 * `off`: no hub (the app works fully offline, as before). `synced`: nothing waiting. `pending`: events
 * waiting to upload while the hub is reachable. `offline`: the hub cannot be reached (retrying with backoff).
 * `revoked`: head office revoked this device; syncing stopped, local data kept. `error`: the hub refused
 * something (see `lastError`); retried later.
 */
export const SyncState = z.enum(['off', 'synced', 'pending', 'offline', 'revoked', 'error']);
export type SyncState = z.infer<typeof SyncState>;

/** Stable codes for what went wrong, translated by the UI. */
export const SyncProblemCode = z.enum([
  'UNREACHABLE', // no answer (network, DNS, hub down)
  'TLS', // the HTTPS certificate was refused
  'REVOKED',
  'CODE_INVALID', // the enrollment code is unknown, expired or used
  'RATE_LIMITED', // too many wrong enrollment codes from this address: wait and try again
  'REJECTED', // the hub refused a request (detail says which)
  'BAD_RESPONSE', // the hub's answer broke the contract (a different version, or not a LiveCue hub)
  'SIGN_IN_FAILED',
  'SIGN_IN_LIMITED', // too many failed sign-ins for the account or from this network: wait and try again
  'PUBLICATION_FAILED', // a publication could not be applied (detail names it)
]);
export type SyncProblemCode = z.infer<typeof SyncProblemCode>;

export const SyncProblem = z.object({ code: SyncProblemCode, detail: z.string(), at: z.number().int() });
export type SyncProblem = z.infer<typeof SyncProblem>;

export const SyncStatus = z.object({
  hubUrl: z.string().nullable(),
  /** The store this PC is enrolled as; null when not enrolled. */
  store: z.object({ code: z.string(), name: z.string(), region: z.string(), group: z.string() }).nullable(),
  deviceName: z.string().nullable(),
  state: SyncState,
  /** Events logged here that head office has not acknowledged yet. */
  pendingEvents: z.number().int().nonnegative(),
  /** Last time the hub answered (epoch ms). */
  lastSyncAt: z.number().int().nullable(),
  lastError: SyncProblem.nullable(),
  /** Hub time minus this PC's clock at the last upload; shown when beyond 5 minutes. */
  clockSkewMs: z.number().int().nullable(),
  /** Publications waiting for a live session on their show to end, and ones that failed. */
  publications: z.object({
    received: z.number().int().nonnegative(),
    deferred: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
  }),
  /** The head-office account this LiveCue is signed in with, for publishing; null when none. */
  producer: ProducerAccount.extend({ hubUrl: z.string() }).nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;
