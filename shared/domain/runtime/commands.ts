import { z } from 'zod';
import { SessionCounter, SessionGauge } from '../session/sessionEvents';

const CueId = z.string().min(1);

/** Everything an operator, hotkey, remote screen or the clock can ask of a running show. */
export const RuntimeCommand = z.discriminatedUnion('type', [
  /**
   * Fire the standby cue and advance; `expectedStandbyId` is what the sender saw as standby. `checkStandby` refuses a
   * stale one even when the session's guard is off: a remote's GO always carries it (the backend adds it), because a
   * phone and the PC are two operators whatever the setting says.
   */
  z.object({ type: z.literal('go'), expectedStandbyId: CueId.nullable(), checkStandby: z.literal(true).optional() }),
  z.object({ type: z.literal('jump'), cueId: CueId }),
  z.object({ type: z.literal('setStandby'), cueId: CueId.nullable() }),
  z.object({ type: z.literal('skip') }),
  z.object({ type: z.literal('back') }),
  /** 返场: explain a product again, as a new interval. */
  z.object({ type: z.literal('refire'), cueId: CueId }),
  z.object({ type: z.literal('stop'), cueId: CueId }),
  z.object({ type: z.literal('panic') }),
  z.object({ type: z.literal('increment'), counter: SessionCounter, by: z.number().int(), productId: z.string().nullable().optional() }),
  /**
   * 成交: orders and their amount entered together, counted to the product the sender saw on air. Negative figures
   * undo an earlier entry; both move in the same direction, all or nothing.
   */
  z.object({
    type: z.literal('sale'),
    orders: z
      .number()
      .int()
      .refine((n) => n !== 0, 'orders must not be 0'),
    gmvFen: z.number().int(),
    productId: z.string().min(1).nullable(),
  }),
  z.object({ type: z.literal('readGauge'), gauge: SessionGauge, value: z.number().int().nonnegative() }),
  z.object({ type: z.literal('tick') }),
  z.object({ type: z.literal('end') }),
]);
export type RuntimeCommand = z.infer<typeof RuntimeCommand>;

export type RejectReason =
  | 'invalid_command'
  | 'invalid_time'
  | 'session_ended'
  | 'debounced'
  | 'stale_standby'
  | 'no_standby'
  | 'at_start'
  | 'unknown_cue'
  | 'not_running'
  | 'not_a_product'
  | 'counter_below_zero';

export interface Rejection {
  reason: RejectReason;
  message: string;
}
