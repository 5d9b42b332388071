import { defineConfig } from 'vitest/config';
import { hideAppLogs } from './test/helpers/appLogs.ts';

/** End-to-end: real Chromium against `npm run serve`. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/helpers/tmpRoot.ts', 'test/e2e/globalSetup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    onConsoleLog: hideAppLogs,
  },
});
