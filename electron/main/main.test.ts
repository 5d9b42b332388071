import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../shared/api/bridge';
import { type ApiResult, ok } from '../../shared/api/errors';

/** main.ts runs on import; each test imports it afresh against a fake 'electron'. */

type AnyListener = (...args: unknown[]) => unknown;
const ELECTRON_VERSION = '45.4.1';

function fakeElectron(options: { lock: boolean; appPath: string; userData: string }) {
  const appListeners = new Map<string, AnyListener[]>();
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const windows: FakeWindow[] = [];

  class FakeWindow {
    readonly options: Record<string, unknown>;
    readonly webContents = { id: 7 };
    readonly listeners = new Map<string, AnyListener>();
    readonly loadURL = vi.fn(async (_url: string) => {});
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly close = vi.fn(() => this.listeners.get('closed')?.());
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    once(event: string, listener: AnyListener) {
      this.listeners.set(event, listener);
    }
    on(event: string, listener: AnyListener) {
      this.listeners.set(event, listener);
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return true;
    }
  }

  const app = {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => options.lock),
    on: vi.fn((event: string, listener: AnyListener) => {
      appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
    }),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => ready),
    enableSandbox: vi.fn(),
    setAppUserModelId: vi.fn(),
    getAppPath: () => options.appPath,
    getPath: (name: string) => {
      if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
      return options.userData;
    },
    getVersion: () => '1.2.3',
    getLocale: () => 'zh-CN',
  };
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    dialog: { showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn(async () => {}) },
    powerMonitor: { on: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(text).reverse(),
      decryptString: (buf: Buffer) => Buffer.from(buf).reverse().toString(),
    },
  };
  const emit = (event: string, ...args: unknown[]) => {
    for (const listener of appListeners.get(event) ?? []) listener(...args);
  };
  return { electron, windows, resolveReady, emit, appListeners };
}

function fakeBackend() {
  return {
    dispatch: vi.fn(async (): Promise<ApiResult<unknown>> => ok('dispatched')),
    subscribe: vi.fn(() => ok(() => {})),
    close: vi.fn(async () => {}),
    dataDir: '',
    databaseFile: '',
    overlay: { setEndpoint: vi.fn() },
    remote: fakeRemote(),
  };
}

/** The backend's remote access: the switch (off unless a test flips it) and the presenter hook. */
function fakeRemote() {
  const listeners: ((on: boolean) => void)[] = [];
  let enabled = false;
  return {
    enabled: () => enabled,
    onEnabledChange: vi.fn((listener: (on: boolean) => void) => {
      listeners.push(listener);
      return () => {};
    }),
    setPresenterOpener: vi.fn(),
    flip(on: boolean) {
      enabled = on;
      for (const listener of listeners) listener(on);
    },
  };
}

let dir: string;
let appPath: string;
let userData: string;
let signalListeners: Record<'SIGINT' | 'SIGTERM', unknown[]>;
const originalResourcesPath = process.resourcesPath;
/** Electron sets process.resourcesPath; under Node the test provides it. */
function setResourcesPath(value: string | undefined): void {
  Object.defineProperty(process, 'resourcesPath', { value, configurable: true, writable: true });
}

function bindingFile(): string {
  return path.join(appPath, '.native', `electron-${ELECTRON_VERSION}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
}

async function load(options: { lock?: boolean; withBinding?: boolean } = {}) {
  if (options.withBinding ?? true) {
    mkdirSync(path.dirname(bindingFile()), { recursive: true });
    writeFileSync(bindingFile(), 'addon');
  }
  const fake = fakeElectron({ lock: options.lock ?? true, appPath, userData });
  const backend = fakeBackend();
  const createBackend = vi.fn(async (_options: unknown) => backend);
  const overlayServer = { close: vi.fn(async () => {}) };
  // The real server would take port 5318 on the test machine; its own tests run it for real.
  const startOverlayServer = vi.fn(async (_options: unknown) => overlayServer);
  // Likewise the LAN server for phones (port 5319).
  const remoteServer = { close: vi.fn(async () => {}) };
  const startRemoteServer = vi.fn(async (_options: unknown) => remoteServer);
  vi.doMock('electron', () => fake.electron);
  vi.doMock('../backend/createBackend', () => ({ createBackend }));
  vi.doMock('../host/overlayServer', async (importOriginal) => ({ ...(await importOriginal<object>()), startOverlayServer }));
  vi.doMock('../host/remoteServer', () => ({ startRemoteServer }));
  await import('./main');
  return { ...fake, backend, createBackend, startOverlayServer, overlayServer, startRemoteServer, remoteServer };
}

async function loadReady(options: { lock?: boolean; withBinding?: boolean } = {}) {
  const loaded = await load(options);
  loaded.resolveReady();
  await vi.waitFor(() => expect(loaded.windows.length + loaded.electron.app.exit.mock.calls.length).toBeGreaterThan(0));
  return loaded;
}

beforeEach(() => {
  vi.resetModules();
  dir = mkdtempSync(path.join(os.tmpdir(), 'livecue-main-'));
  appPath = path.join(dir, 'app');
  userData = path.join(dir, 'userData');
  Object.defineProperty(process.versions, 'electron', { value: ELECTRON_VERSION, configurable: true, enumerable: true });
  setResourcesPath(path.join(dir, 'resources'));
  signalListeners = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
});

afterEach(() => {
  vi.doUnmock('electron');
  vi.doUnmock('../backend/createBackend');
  vi.doUnmock('../host/overlayServer');
  vi.doUnmock('../host/remoteServer');
  delete process.env.LIVECUE_OVERLAY_PORT;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!signalListeners[signal].includes(listener)) process.removeListener(signal, listener);
    }
  }
  Reflect.deleteProperty(process.versions, 'electron');
  setResourcesPath(originalResourcesPath);
  rmSync(dir, { recursive: true, force: true });
});

describe('main: before ready', () => {
  it('registers the livecue scheme, sandboxes everything and takes the single-instance lock, and waits', async () => {
    const { electron, windows } = await load();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'livecue', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('quits at once without the lock', async () => {
    const { electron } = await load({ lock: false });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });
});

describe('main: when ready', () => {
  it('wires protocol, permissions, menu and backend, then opens one hardened window', async () => {
    const { electron, windows, createBackend, backend } = await loadReady();
    expect(electron.protocol.handle).toHaveBeenCalledWith('livecue', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(createBackend).toHaveBeenCalledWith({
      dataDir: path.join(userData, 'data'),
      appVersion: '1.2.3',
      host: 'electron',
      electronVersion: ELECTRON_VERSION,
      nativeBinding: bindingFile(),
      // The OBS password goes to the OS keychain, not the plain file the headless host uses.
      secrets: expect.objectContaining({ kind: 'safeStorage' }),
    });
    // Waking from sleep asks the backend to reconnect OBS at once.
    const onResume = electron.powerMonitor.on.mock.calls.find(([event]) => event === 'resume')?.[1] as (() => void) | undefined;
    onResume?.();
    expect(backend.dispatch).toHaveBeenCalledWith('obs.reconnect', {});
    expect(windows).toHaveLength(1);
    const window = windows[0];
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(appPath, 'out', 'preload', 'preload.cjs'),
    });
    expect(window?.loadURL).toHaveBeenCalledWith('livecue://app/index.html');
    expect(window?.show).not.toHaveBeenCalled();
    window?.listeners.get('ready-to-show')?.();
    expect(window?.show).toHaveBeenCalled();
  });

  it('routes IPC from the window to dispatch and refuses other senders', async () => {
    const { electron, backend } = await loadReady();
    const call = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === IPC.invoke);
    const handler = call?.[1] as (event: unknown, method: unknown, payload: unknown) => Promise<ApiResult<unknown>>;
    expect(handler).toBeTypeOf('function');
    const good = { sender: { id: 7 }, senderFrame: { url: 'livecue://app/index.html', parent: null } };
    expect(await handler(good, 'app.ping', { echo: 'x' })).toEqual(ok('dispatched'));
    expect(backend.dispatch).toHaveBeenCalledWith('app.ping', { echo: 'x' });
    const foreign = { sender: { id: 8 }, senderFrame: { url: 'livecue://app/index.html', parent: null } };
    expect(await handler(foreign, 'app.ping', { echo: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(backend.dispatch).toHaveBeenCalledTimes(1);
  });

  it('serves the overlay page for OBS on loopback port 5318 from the renderer folder, or the port LIVECUE_OVERLAY_PORT names', async () => {
    const { startOverlayServer, backend } = await loadReady();
    expect(startOverlayServer).toHaveBeenCalledWith({ backend, rendererDir: path.join(appPath, 'out', 'renderer'), port: 5318 });
    vi.resetModules();
    process.env.LIVECUE_OVERLAY_PORT = '6001';
    const other = await loadReady();
    expect(other.startOverlayServer).toHaveBeenCalledWith(expect.objectContaining({ port: 6001 }));
  });

  it('serves no overlay page with LIVECUE_OVERLAY_PORT=off, and says so', async () => {
    process.env.LIVECUE_OVERLAY_PORT = 'off';
    const { startOverlayServer, backend } = await loadReady();
    expect(startOverlayServer).not.toHaveBeenCalled();
    expect(backend.overlay.setEndpoint).toHaveBeenCalledWith({ listening: false, port: null, problem: 'disabled' });
  });

  it('closes the backend once on quit, after detaching IPC and the overlay server, then exits', async () => {
    const { electron, emit, backend, overlayServer } = await loadReady();
    const order: string[] = [];
    electron.ipcMain.removeHandler.mockImplementation(() => order.push('ipc detached'));
    overlayServer.close.mockImplementation(async () => {
      order.push('overlay server closed');
    });
    backend.close.mockImplementation(async () => {
      order.push('backend closed');
    });
    electron.app.exit.mockImplementation(() => order.push('exit'));
    const event = { preventDefault: vi.fn() };
    emit('will-quit', event);
    emit('will-quit', { preventDefault: vi.fn() });
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(0));
    expect(order).toEqual(['ipc detached', 'overlay server closed', 'backend closed', 'exit']);
    expect(backend.close).toHaveBeenCalledTimes(1);
  });

  it('runs the LAN server for phones on port 5319 while the remote switch is on, and closes it on quit', async () => {
    const { startRemoteServer, remoteServer, backend, electron, emit } = await loadReady();
    expect(startRemoteServer).not.toHaveBeenCalled();
    backend.remote.flip(true);
    await vi.waitFor(() =>
      expect(startRemoteServer).toHaveBeenCalledWith({ backend, rendererDir: path.join(appPath, 'out', 'renderer'), port: 5319 }),
    );
    emit('will-quit', { preventDefault: vi.fn() });
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(0));
    expect(remoteServer.close).toHaveBeenCalledTimes(1);
  });

  it('opens one hardened presenter window from the menu or the console, view-only over IPC, closed with the console', async () => {
    const { electron, windows, backend } = await loadReady();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as {
      label?: string;
      submenu?: { label?: string; click?: () => void }[];
    }[];
    const item = template.flatMap((m) => m.submenu ?? []).find((i) => i.label === '打开提词器窗口');
    item?.click?.();
    expect(windows).toHaveLength(2);
    const presenterWindow = windows[1];
    expect(presenterWindow?.loadURL).toHaveBeenCalledWith('livecue://app/presenter/index.html');
    expect(presenterWindow?.options.webPreferences).toEqual(windows[0]?.options.webPreferences);
    const opener = backend.remote.setPresenterOpener.mock.calls[0]?.[0] as (() => void) | undefined;
    opener?.();
    expect(windows).toHaveLength(2);
    expect(presenterWindow?.focus).toHaveBeenCalled();
    windows[0]?.listeners.get('closed')?.();
    expect(presenterWindow?.close).toHaveBeenCalled();
  });

  it('brings the window back when a second instance starts', async () => {
    const { windows, emit } = await loadReady();
    emit('second-instance');
    expect(windows[0]?.restore).toHaveBeenCalled();
    expect(windows[0]?.focus).toHaveBeenCalled();
  });

  it('guards every webContents that gets created', async () => {
    const { emit, electron } = await loadReady();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: { url: string }) => unknown;
    expect(handler({ url: 'https://obsproject.com/kb' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://obsproject.com/kb');
  });

  it('explains how to build the database engine when it is missing in development', async () => {
    const { electron, windows, createBackend } = await loadReady({ withBinding: false });
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(expect.any(String), expect.stringContaining('npm start'));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(createBackend).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('shows the error and exits when the database cannot be opened', async () => {
    const fake = await load();
    fake.createBackend.mockRejectedValueOnce(new Error('database is from a newer LiveCue'));
    fake.resolveReady();
    await vi.waitFor(() => expect(fake.electron.app.exit).toHaveBeenCalledWith(1));
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith(expect.any(String), 'database is from a newer LiveCue');
    expect(fake.windows).toHaveLength(0);
  });
});
