import { z } from 'zod';
import { Id } from '../../domain/catalog/common';
import { ObsAction, ObsActionResult, ObsOutputKind, ObsStreamHealth } from '../../domain/obsActions';
import { CameraOptions, PreflightReport, SetupInput, SetupReport } from '../../domain/obsLayout';
import { ObsStatus } from '../../domain/obsStatus';
import { defineMethod, defineQuery, NoInput } from './defineMethod';

const ObsUrl = z
  .string()
  .trim()
  .regex(/^wss?:\/\/[^\s/]+(\/\S*)?$/, 'must look like ws://127.0.0.1:4455');

/**
 * OBS control. Operations fail fast with reason OBS_OFFLINE when OBS is not ready (never queued);
 * OBS_TIMEOUT / OBS_REQUEST_FAILED / OBS_UNSUPPORTED name the other refusals.
 */
export const obsMethods = {
  'obs.status': defineQuery({
    summary: 'OBS connection state (never includes the password). Also published on the `obs.status` topic.',
    input: NoInput,
    output: ObsStatus,
  }),
  'obs.configure': defineMethod({
    summary:
      'Saves the connection (URL; password kept by the secrets store: omit to keep it, "" to remove it) and connects, or stays away with enabled=false.',
    input: z.object({ url: ObsUrl, password: z.string().max(1024).optional(), enabled: z.boolean().default(true) }).strict(),
    output: ObsStatus,
  }),
  'obs.reconnect': defineMethod({
    summary: 'Retries now with the backoff reset (also leaves wrong_password / kicked / incompatible).',
    input: NoInput,
    output: ObsStatus,
  }),
  'obs.run': defineMethod({
    summary: 'Runs actions (switch scene, show/hide, set text, set image) as ONE request batch; per-action results in order.',
    input: z.object({ actions: z.array(ObsAction).min(1).max(100) }).strict(),
    output: z.object({ results: z.array(ObsActionResult) }),
  }),
  'obs.output': defineMethod({
    summary: 'Starts or stops the stream, the recording or the virtual camera.',
    input: z.object({ output: ObsOutputKind, action: z.enum(['start', 'stop']) }).strict(),
    output: ObsStatus,
  }),
  'obs.recordChapter': defineMethod({
    summary: 'Adds a chapter marker to the recording where this OBS supports it; `supported: false` otherwise.',
    input: z.object({ name: z.string().trim().min(1).max(200).optional() }).strict(),
    output: z.object({ supported: z.boolean() }),
  }),
  'obs.setup': defineMethod({
    summary:
      'Builds LiveCue’s graphics over the camera: the overlay scene with every part of the graphics, nested at the top of the ' +
      'chosen camera scene(s) (or of a camera scene built around a video source or a new capture device), and the safe scene. ' +
      'Only what is missing is created; the user’s scenes only gain the overlay on top. Remembers the show’s camera scene.',
    input: SetupInput,
    output: SetupReport,
  }),
  'obs.cameraOptions': defineQuery({
    summary: 'What the setup assistant can use as the camera: the user’s scenes and video sources, capture devices, renderers.',
    input: NoInput,
    output: CameraOptions,
  }),
  'obs.preflight': defineQuery({
    summary: 'Every scene and source the show’s cues reference, and whether OBS has it now.',
    input: z.object({ showId: Id }).strict(),
    output: PreflightReport,
  }),
  'obs.screenshot': defineQuery({
    summary: 'PNG (data URL) of a scene or source as OBS renders it; the program scene when none is named.',
    input: z
      .object({ source: z.string().trim().min(1).max(256).optional(), width: z.number().int().min(64).max(1920).default(640) })
      .strict(),
    output: z.object({ imageDataUrl: z.string(), source: z.string() }),
  }),
  'obs.health': defineQuery({
    summary: 'Latest stream-health sample (every 2 s while live; null before). Also published on `obs.health`.',
    input: NoInput,
    output: ObsStreamHealth.nullable(),
  }),
} as const;
