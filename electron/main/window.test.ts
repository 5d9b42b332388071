import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appPaths, dataDirFor } from './appPaths';
import { createMainWindow, mainWindowOptions } from './window';

describe('mainWindowOptions', () => {
  const preloadPath = appPaths('/opt/livecue').preload;

  it('locks the renderer down', () => {
    const prefs = mainWindowOptions({ preloadPath, isPackaged: true }).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: false,
    });
    expect(prefs?.webviewTag).not.toBe(true);
    expect(prefs?.preload).toBe(path.join('/opt/livecue', 'out', 'preload', 'preload.cjs'));
    expect(path.isAbsolute(prefs?.preload ?? '')).toBe(true);
  });

  it('allows DevTools only in development', () => {
    expect(mainWindowOptions({ preloadPath, isPackaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('is titled LiveCue, hidden until ready, and big enough for a console', () => {
    const options = mainWindowOptions({ preloadPath, isPackaged: true });
    expect(options.title).toBe('LiveCue');
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
  });
});

describe('createMainWindow', () => {
  it('loads the app over livecue:// and shows the window when it is ready', async () => {
    let readyToShow: () => void = () => {};
    const window = {
      once: vi.fn((_event: 'ready-to-show', listener: () => void) => {
        readyToShow = listener;
      }),
      show: vi.fn(),
      loadURL: vi.fn(async (_url: string) => {}),
    };
    const create = vi.fn(() => window);
    expect(createMainWindow(create, { preloadPath: '/p/preload.cjs', isPackaged: true })).toBe(window);
    expect(create).toHaveBeenCalledWith(mainWindowOptions({ preloadPath: '/p/preload.cjs', isPackaged: true }));
    expect(window.loadURL).toHaveBeenCalledWith('livecue://app/index.html');
    expect(window.show).not.toHaveBeenCalled();
    readyToShow();
    expect(window.show).toHaveBeenCalled();
  });

  it('logs a failed load instead of crashing main', async () => {
    const log = vi.fn();
    const window = { once: vi.fn(), show: vi.fn(), loadURL: vi.fn(() => Promise.reject(new Error('ERR_FILE_NOT_FOUND'))) };
    createMainWindow(() => window, { preloadPath: '/p', isPackaged: true }, log);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('ERR_FILE_NOT_FOUND')));
  });
});

describe('appPaths', () => {
  it('follows the build layout and keeps data under userData', () => {
    expect(appPaths('/app')).toEqual({ preload: path.join('/app/out/preload/preload.cjs'), rendererDir: path.join('/app/out/renderer') });
    expect(dataDirFor('/home/u/.config/LiveCue')).toBe(path.join('/home/u/.config/LiveCue', 'data'));
  });
});
