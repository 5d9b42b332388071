import { defineConfig } from 'vitest/config';
import { hideAppLogs } from './test/helpers/appLogs.ts';

/** Unit tests: beside the code, no browser, no OBS (those are test/e2e and test/obs, with their own configs). */
export default defineConfig({
  test: {
    include: [
      'electron/**/*.test.ts',
      'shared/**/*.test.ts',
      'hub/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    // End-to-end (Chromium) and real-OBS suites have their own configs and global setups.
    exclude: ['test/e2e/**', 'test/obs/**', '**/*.obs.test.ts', 'node_modules/**'],
    environment: 'node',
    globalSetup: ['test/helpers/tmpRoot.ts'],
    onConsoleLog: hideAppLogs,
  },
});
