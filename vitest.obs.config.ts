import { defineConfig } from 'vitest/config';
import { hideAppLogs } from './test/helpers/appLogs.ts';

/** Against real OBS Studio headless under Xvfb: one shared instance for the suite (global setup). */
export default defineConfig({
  test: {
    include: ['test/obs/**/*.obs.test.ts'],
    globalSetup: ['test/helpers/tmpRoot.ts', 'test/obs/globalSetup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    onConsoleLog: hideAppLogs,
  },
});
