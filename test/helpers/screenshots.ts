import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Set to a folder to keep the screenshots the browser tests take at each step (e.g. /work/scratch/shots). */
const SHOTS = process.env.LIVECUE_SHOTS_DIR;

/** Saves the page as `<name>.png` in LIVECUE_SHOTS_DIR; nothing when it is not set. */
export async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
