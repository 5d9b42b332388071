import { z } from 'zod';
import { RuntimeCommand } from '../../domain/runtime';
import { GoLiveOutputs, OutputStartResult, SessionPreflight } from '../../domain/session/sessionPreflight';
import { SessionUpdate, SessionView } from '../../domain/session/sessionView';
import { defineLive, defineQuery, NoInput } from './defineMethod';

export const sessionMethods = {
  'session.preflight': defineQuery({
    summary:
      'The checks before going live: the show (cues valid, items exist), OBS ready, every scene and source the cues and PANIC need, free disk for the data and for OBS recordings. Changes nothing.',
    input: z.object({ showId: z.string().min(1) }).strict(),
    output: SessionPreflight,
  }),
  // Live: going live never waits for a long write (a show from head office being applied steps aside at once).
  'session.start': defineLive({
    summary:
      'Goes live with a show: a new session whose first cue is standby, then starts the chosen OBS outputs (each result reported, a failure never stops the session). CONFLICT SESSION_LIVE while another is live; SHOW_EMPTY / SHOW_INVALID when the show cannot run.',
    input: z
      .object({ showId: z.string().min(1), outputs: GoLiveOutputs.default({ stream: false, record: false, virtualCam: false }) })
      .strict(),
    output: SessionView.extend({ outputs: z.array(OutputStartResult) }),
  }),
  'session.command': defineLive({
    summary:
      'One live command (go with the standby id the sender sees, jump, skip, back, refire, stop, panic, increment, readGauge, end). Answers with the session as it changed, without its cues and catalog (they never change within a session). A refused command is CONFLICT with the reason (stale_standby, debounced, …).',
    input: z.object({ sessionId: z.string().min(1), command: RuntimeCommand }).strict(),
    output: SessionUpdate,
  }),
  'session.current': defineQuery({
    summary: 'The live session with its cues and catalog, or null. Changes are pushed on `session.state` without them.',
    input: NoInput,
    output: SessionView.nullable(),
  }),
} as const;
