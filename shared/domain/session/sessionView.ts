import { z } from 'zod';
import { RuntimeState } from '../runtime/runtimeState';

/**
 * A live session as clients see it: the runtime state with a revision that grows with every
 * change, so a client can drop a late, older snapshot.
 */
export const SessionView = z.object({
  sessionId: z.string(),
  revision: z.number().int().positive(),
  state: RuntimeState,
});
export type SessionView = z.infer<typeof SessionView>;
