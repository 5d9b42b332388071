import { z } from 'zod';
import type { RuntimeState } from '../runtime';

/**
 * A live session as clients see it: the runtime state with a revision that grows with every
 * change, so a client can drop a late, older snapshot. The state is the reducer's plain JSON; it is
 * checked for shape here only loosely (it never comes from a client).
 */
export const SessionView = z.object({
  sessionId: z.string(),
  revision: z.number().int().positive(),
  state: z.custom<RuntimeState>(
    (v) => typeof v === 'object' && v !== null && 'sessionId' in v && 'cues' in v && 'running' in v,
    'not a runtime state',
  ),
});
export type SessionView = z.infer<typeof SessionView>;
