import type { Rejection, RejectReason } from './commands';
import type { Effect } from './effects';
import type { RuntimeState } from './runtimeState';

/** A rejected command leaves state and effects exactly as they were: the reason is the only output. */
export interface ReduceResult {
  state: RuntimeState;
  effects: Effect[];
  rejected: Rejection | null;
}

/** What a command handler returns: done, or why not. */
export type Outcome = null | Rejection;

export const reject = (reason: RejectReason, message: string): Rejection => ({ reason, message });
