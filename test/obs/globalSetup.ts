import type { TestProject } from 'vitest/node';
import { type ObsEndpoint, type ObsInstance, obsInstalled, startObs } from '../helpers/obsHarness';

declare module 'vitest' {
  export interface ProvidedContext {
    /** null when OBS is not installed here (and `CI` is not set): OBS tests skip, loudly. */
    obs: ObsEndpoint | null;
  }
}

let obs: ObsInstance | undefined;

/** One OBS Studio for the whole suite; tests that kill OBS start their own. */
export async function setup(project: TestProject) {
  if (!obsInstalled()) {
    if (process.env.CI) throw new Error('OBS tests need `obs` and `Xvfb` (apt-get install obs-studio xvfb); CI must not skip them');
    console.warn('\n\n*** OBS Studio or Xvfb is not installed: every OBS test is SKIPPED (apt-get install obs-studio xvfb) ***\n\n');
    project.provide('obs', null);
    return;
  }
  obs = await startObs();
  project.provide('obs', { url: obs.url, password: obs.password, port: obs.port });
}

export async function teardown() {
  await obs?.stop();
}
