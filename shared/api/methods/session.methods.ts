import { z } from 'zod';
import { RuntimeCommand } from '../../domain/runtime';
import { SessionView } from '../../domain/session/sessionView';
import { defineLive, defineMethod, defineQuery, NoInput } from './defineMethod';

export const sessionMethods = {
  'session.start': defineMethod({
    summary: 'Goes live with a show: a new session whose first cue is standby. CONFLICT (SESSION_LIVE) while another is live.',
    input: z.object({ showId: z.string().min(1) }).strict(),
    output: SessionView,
  }),
  'session.command': defineLive({
    summary:
      'One live command (go with the standby id the sender sees, jump, skip, back, refire, stop, panic, increment, readGauge, end). A refused command is CONFLICT with the reason (stale_standby, debounced, …).',
    input: z.object({ sessionId: z.string().min(1), command: RuntimeCommand }).strict(),
    output: SessionView,
  }),
  'session.current': defineQuery({
    summary: 'The live session, or null. Changes are pushed on `session.state`.',
    input: NoInput,
    output: SessionView.nullable(),
  }),
} as const;
