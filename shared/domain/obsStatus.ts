import { z } from 'zod';

/** OBS connection state as the UI shows it. Only `not_configured` exists until OBS control lands. */
export const ObsConnectionState = z.enum(['not_configured']);
export type ObsConnectionState = z.infer<typeof ObsConnectionState>;

export const ObsStatus = z.object({
  state: ObsConnectionState,
});
export type ObsStatus = z.infer<typeof ObsStatus>;
