/**
 * For vitest's `onConsoleLog`. The app's own log lines ("[livecue] …": an OBS request refused while OBS is off, the
 * serve-mode note that secrets are kept unencrypted, a commit failure a test provokes on purpose) are written for an
 * operator's terminal; in a green test run they are the expected side of what the tests provoke, and read as alarms.
 * They are left out unless LIVECUE_TEST_LOGS=1 (to see them while debugging a test).
 */
export function hideAppLogs(log: string): false | undefined {
  if (process.env.LIVECUE_TEST_LOGS === '1') return undefined;
  return log.startsWith('[livecue]') ? false : undefined;
}
