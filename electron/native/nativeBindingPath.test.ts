import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNativeBinding, devNativeBindingPath, nativeBindingPath, nativeDirName, packagedNativeBindingPath } from './nativeBindingPath';

const target = { electronVersion: '45.4.1', platform: 'linux', arch: 'x64' };

describe('nativeDirName', () => {
  it('names the folder after the Electron version, platform and arch', () => {
    expect(nativeDirName(target)).toBe('electron-45.4.1-linux-x64');
    expect(nativeDirName({ electronVersion: '46.0.0-beta.2', platform: 'win32', arch: 'arm64' })).toBe(
      'electron-46.0.0-beta.2-win32-arm64',
    );
  });

  it('refuses values that could escape the folder', () => {
    expect(() => nativeDirName({ ...target, electronVersion: '../45' })).toThrow(/electronVersion/);
    expect(() => nativeDirName({ ...target, arch: 'x64/..' })).toThrow(/arch/);
    expect(() => nativeDirName({ ...target, platform: '' })).toThrow(/platform/);
    expect(() => nativeDirName({ ...target, platform: '..' })).toThrow(/platform/);
  });
});

describe('nativeBindingPath', () => {
  it('uses .native under the app path in development', () => {
    const expected = path.join('/repo', '.native', 'electron-45.4.1-linux-x64', 'better_sqlite3.node');
    expect(devNativeBindingPath('/repo', target)).toBe(expected);
    expect(nativeBindingPath({ ...target, isPackaged: false, appPath: '/repo', resourcesPath: '/opt/LiveCue/resources' })).toBe(expected);
  });

  it('uses the resources folder when packaged', () => {
    const expected = path.join('/opt/LiveCue/resources', 'native', 'electron-45.4.1-linux-x64', 'better_sqlite3.node');
    expect(packagedNativeBindingPath('/opt/LiveCue/resources', target)).toBe(expected);
    expect(
      nativeBindingPath({
        ...target,
        isPackaged: true,
        appPath: '/opt/LiveCue/resources/app.asar',
        resourcesPath: '/opt/LiveCue/resources',
      }),
    ).toBe(expected);
  });
});

describe('checkNativeBinding', () => {
  it('passes the path through when the file exists', () => {
    expect(checkNativeBinding('/x/better_sqlite3.node', true, false)).toEqual({ ok: true, path: '/x/better_sqlite3.node' });
  });

  it('tells a developer to run npm start when the dev build is missing', () => {
    const result = checkNativeBinding('/x/better_sqlite3.node', false, false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('npm start');
    expect(result.message).toContain('/x/better_sqlite3.node');
  });

  it('tells a user to reinstall when a packaged app lacks it', () => {
    const result = checkNativeBinding('/x/better_sqlite3.node', false, true);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('reinstall');
    expect(result.message).not.toContain('npm start');
  });
});
