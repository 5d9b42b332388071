import { afterEach, describe, expect, it } from 'vitest';
import { hideAppLogs } from './appLogs';

describe('hideAppLogs', () => {
  afterEach(() => {
    delete process.env.LIVECUE_TEST_LOGS;
  });

  it('leaves out the app’s own log lines and keeps everything else', () => {
    expect(hideAppLogs('[livecue] graphics: 1 OBS request(s) failed')).toBe(false);
    expect(hideAppLogs('some test output')).toBeUndefined();
  });

  it('keeps them all with LIVECUE_TEST_LOGS=1', () => {
    process.env.LIVECUE_TEST_LOGS = '1';
    expect(hideAppLogs('[livecue] graphics: 1 OBS request(s) failed')).toBeUndefined();
  });
});
