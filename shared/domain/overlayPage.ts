import { z } from 'zod';

/** Where the overlay page is served, on the headless host and on the desktop app's overlay server alike. */
export const OVERLAY_PATH = '/overlay';

/** The desktop app's loopback server for the overlay page; stable, because the URL is saved in OBS. */
export const DEFAULT_OVERLAY_PORT = 5318;

/** Why the overlay page is not being served. */
export const OverlayPageProblem = z.enum([
  /** Another program holds the port. */
  'port_in_use',
  /** Turned off (LIVECUE_OVERLAY_PORT=off). */
  'disabled',
  /** Listening failed for another reason. */
  'failed',
]);
export type OverlayPageProblem = z.infer<typeof OverlayPageProblem>;

/** What the settings screen shows about the overlay page: the URL for OBS's browser source and whether it works now. */
export const OverlayPageInfo = z.object({
  /** The page URL with the overlay token; null until a server for it has started. */
  url: z.string().nullable(),
  listening: z.boolean(),
  port: z.number().int().min(0).max(65535).nullable(),
  problem: OverlayPageProblem.nullable(),
});
export type OverlayPageInfo = z.infer<typeof OverlayPageInfo>;
