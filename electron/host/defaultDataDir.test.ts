import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './defaultDataDir';

describe('defaultDataDir', () => {
  it('matches Electron userData/data per platform', () => {
    expect(defaultDataDir({}, 'linux', '/home/u')).toBe(path.join('/home/u/.config', 'LiveCue', 'data'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/u')).toBe(path.join('/x', 'LiveCue', 'data'));
    expect(defaultDataDir({}, 'darwin', '/Users/u')).toBe(path.join('/Users/u/Library/Application Support', 'LiveCue', 'data'));
    expect(defaultDataDir({ APPDATA: 'C:/Users/u/AppData/Roaming' }, 'win32', 'C:/Users/u')).toBe(
      path.join('C:/Users/u/AppData/Roaming', 'LiveCue', 'data'),
    );
  });
  it('honours LIVECUE_DATA_DIR', () => {
    expect(defaultDataDir({ LIVECUE_DATA_DIR: '/tmp/lc' }, 'linux', '/home/u')).toBe(path.resolve('/tmp/lc'));
  });
});
