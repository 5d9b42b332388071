import { z } from 'zod';

const Name = z.string().trim().min(1).max(256);

/** One thing a cue (or the operator) asks OBS to do. Several run as one request batch. */
export const ObsAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('switchScene'), scene: Name }).strict(),
  z.object({ kind: z.literal('setVisible'), scene: Name, source: Name, visible: z.boolean() }).strict(),
  z.object({ kind: z.literal('setText'), source: Name, text: z.string().max(10_000) }).strict(),
  z.object({ kind: z.literal('setImage'), source: Name, file: z.string().min(1).max(4096) }).strict(),
]);
export type ObsAction = z.infer<typeof ObsAction>;

/** Per-action outcome of a batch, in the order the actions were given. */
export const ObsActionResult = z.object({
  ok: z.boolean(),
  /** obs-websocket request status code (100 = success; 600 = resource not found, …). */
  code: z.number().int(),
  message: z.string().optional(),
});
export type ObsActionResult = z.infer<typeof ObsActionResult>;

export const ObsOutputKind = z.enum(['stream', 'record', 'virtualCam']);
export type ObsOutputKind = z.infer<typeof ObsOutputKind>;

/** Live figures while streaming, sampled every 2 s. */
export const ObsStreamHealth = z.object({
  at: z.number(),
  active: z.boolean(),
  /** kbit/s over the last sample interval, from output byte deltas. */
  bitrateKbps: z.number().nullable(),
  /** 0..1, as OBS reports it. */
  congestion: z.number(),
  droppedFrames: z.number().int(),
  totalFrames: z.number().int(),
  skippedFrames: z.number().int(),
  renderSkippedFrames: z.number().int(),
  cpuPercent: z.number(),
  activeFps: z.number(),
  availableDiskMb: z.number(),
});
export type ObsStreamHealth = z.infer<typeof ObsStreamHealth>;
