import { z } from 'zod';
import type { ObsOutputKind } from './obsActions';

/**
 * Why an output LiveCue asked OBS to start is not on. obs-websocket's state events carry no reason, and OBS 29
 * answers a start request "ok" even when it then refuses (it shows a dialog in its own window instead), so these
 * are the best reasons LiveCue can find for itself: the request's own error, the stream service's settings, the
 * recording folder (checked on disk when OBS runs on this PC), and how OBS's state moved.
 */
export const OutputProblem = z.enum([
  /** OBS was not connected and ready. */
  'OBS_OFFLINE',
  /** This OBS has no virtual camera (not installed or not available on this system). */
  'NOT_AVAILABLE',
  /** OBS refused the start request; the subject is its own comment. */
  'REQUEST_FAILED',
  /** The stream service has neither a server nor a stream key. */
  'STREAM_NOT_SET_UP',
  /** The stream service has no stream key; the subject names the server or service. */
  'STREAM_NO_KEY',
  /** The stream service has a key but no server. */
  'STREAM_NO_SERVER',
  /** OBS went from starting to stopped with a server and key set: it could not connect; the subject is the server. */
  'STREAM_CONNECT_FAILED',
  /** The recording folder (the subject) does not exist. */
  'RECORD_FOLDER_MISSING',
  /** The recording folder's path (the subject) is a file, not a folder. */
  'RECORD_FOLDER_NOT_A_FOLDER',
  /** The recording folder (the subject) cannot be written. */
  'RECORD_FOLDER_NOT_WRITABLE',
  /** OBS went from starting to stopped and LiveCue found nothing more specific. */
  'STOPPED_WHILE_STARTING',
  /** OBS was still starting when the wait (the subject, in seconds) ran out. */
  'STILL_STARTING',
  /** OBS did not even begin to start within the wait (the subject, in seconds); it may be showing a message. */
  'NO_ANSWER',
  /** The connection to OBS dropped while waiting. */
  'CONNECTION_LOST',
]);
export type OutputProblem = z.infer<typeof OutputProblem>;

const NAMES: Record<ObsOutputKind, string> = { stream: 'stream', record: 'recording', virtualCam: 'virtual camera' };

/**
 * The English sentence for logs and support (the UI words it from `OutputProblem` in the operator's language).
 * `subject` is the path, server, comment or number of seconds the problem names.
 */
export function outputProblemMessage(output: ObsOutputKind, problem: OutputProblem, subject: string | null): string {
  const name = NAMES[output];
  const s = subject ?? '';
  switch (problem) {
    case 'OBS_OFFLINE':
      return `OBS is not connected and ready, so the ${name} was not started`;
    case 'NOT_AVAILABLE':
      return 'This OBS has no virtual camera';
    case 'REQUEST_FAILED':
      return `OBS refused to start the ${name}: ${s}`;
    case 'STREAM_NOT_SET_UP':
      return 'No stream server and no stream key are set in OBS (Settings → Stream)';
    case 'STREAM_NO_KEY':
      return `No stream key is set in OBS (Settings → Stream) for ${s}`;
    case 'STREAM_NO_SERVER':
      return 'No stream server is set in OBS (Settings → Stream)';
    case 'STREAM_CONNECT_FAILED':
      return `OBS could not connect to the stream server ${s} (it went from starting to stopped); check the server and stream key`;
    case 'RECORD_FOLDER_MISSING':
      return `The recording folder ${s} does not exist (OBS → Settings → Output → Recording path)`;
    case 'RECORD_FOLDER_NOT_A_FOLDER':
      return `The recording path ${s} is a file, not a folder (OBS → Settings → Output → Recording path)`;
    case 'RECORD_FOLDER_NOT_WRITABLE':
      return `The recording folder ${s} cannot be written (OBS → Settings → Output → Recording path)`;
    case 'STOPPED_WHILE_STARTING':
      return `OBS began to start the ${name} and stopped it again; look at the OBS window for its message`;
    case 'STILL_STARTING':
      return `OBS was still starting the ${name} after ${s} s`;
    case 'NO_ANSWER':
      return `OBS did not start the ${name} within ${s} s and gave no reason; look at the OBS window for a message`;
    case 'CONNECTION_LOST':
      return `The connection to OBS dropped while the ${name} was starting`;
  }
}
