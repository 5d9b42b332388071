/**
 * Electron entry (bundled to out/main/main.js). Only wiring: each piece lives in its own module
 * and is tested there; main.test.ts checks that the pieces are wired here in the right order.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import { DEFAULT_REMOTE_PORT } from '../../shared/api/wire';
import { type Backend, createBackend } from '../backend/createBackend';
import { type OverlayServer, overlayPortFrom, startOverlayServer } from '../host/overlayServer';
import { startRemoteServer } from '../host/remoteServer';
import { checkNativeBinding, nativeBindingPath } from '../native/nativeBindingPath';
import { appPaths, dataDirFor } from './appPaths';
import { installIpcBridge } from './ipcBridge';
import { installCleanShutdown, quitOnSignals } from './lifecycle';
import { buildMenuTemplate } from './menu';
import { installNavigationGuards } from './navigationGuards';
import { denyAllPermissions } from './permissions';
import { createPresenterWindows } from './presenterWindow';
import { installAppProtocol, registerAppScheme } from './protocol';
import { followRemoteSwitch } from './remoteSwitch';
import { createSafeStorageSecretStore } from './safeStorageSecrets';
import { acquireSingleInstance } from './singleInstance';
import { createMainWindow } from './window';

/** Same as electron-builder's appId: Windows groups the taskbar entry by it. */
export const APP_USER_MODEL_ID = 'app.livecue.console';

let mainWindow: BrowserWindow | null = null;

function fatal(title: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[livecue] ${title}: ${message}`);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

async function openBackend(): Promise<Backend | null> {
  const electronVersion = process.versions.electron ?? 'unknown';
  const bindingPath = nativeBindingPath({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    electronVersion,
    platform: process.platform,
    arch: process.arch,
  });
  const binding = checkNativeBinding(bindingPath, existsSync(bindingPath), app.isPackaged);
  if (!binding.ok) {
    dialog.showErrorBox(binding.title, binding.message);
    app.exit(1);
    return null;
  }
  try {
    const dataDir = dataDirFor(app.getPath('userData'));
    mkdirSync(dataDir, { recursive: true });
    // Awaited: opening may restore from a backup or run migrations first.
    return await createBackend({
      dataDir,
      // The OBS password is encrypted by the OS keychain in the app.
      secrets: createSafeStorageSecretStore(safeStorage, dataDir),
      appVersion: app.getVersion(),
      host: 'electron',
      electronVersion,
      nativeBinding: binding.path,
    });
  } catch (error) {
    fatal('LiveCue could not open its database', error);
    return null;
  }
}

/** OBS's browser source loads the overlay page over HTTP from loopback (the window itself uses IPC). */
async function openOverlayServer(backend: Backend, rendererDir: string): Promise<OverlayServer | null> {
  const port = overlayPortFrom(process.env.LIVECUE_OVERLAY_PORT);
  if (port === 'off') {
    backend.overlay.setEndpoint({ listening: false, port: null, problem: 'disabled' });
    return null;
  }
  return startOverlayServer({ backend, rendererDir, port });
}

async function start(): Promise<void> {
  const paths = appPaths(app.getAppPath());
  const windowInput = { preloadPath: paths.preload, isPackaged: app.isPackaged };
  // The prompter for a second monitor: the menu and the console (remote.openPresenter) open it.
  const presenter = createPresenterWindows((options) => new BrowserWindow(options), windowInput);
  const template = buildMenuTemplate(process.platform, app.isPackaged, { openPresenter: () => presenter.open(), locale: app.getLocale() });
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);
  denyAllPermissions(session.defaultSession);
  installAppProtocol(protocol, paths.rendererDir);

  const backend = await openBackend();
  if (!backend) return;
  const bridge = installIpcBridge({
    ipcMain,
    backend,
    getMainContents: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
    getPresenterContents: () => presenter.contents(),
  });
  backend.remote.setPresenterOpener(() => presenter.open());
  const overlayServer = await openOverlayServer(backend, paths.rendererDir);
  // Phones and tablets reach the PC on the LAN only while the remote switch is on.
  const remoteSwitch = followRemoteSwitch(backend.remote, () =>
    startRemoteServer({ backend, rendererDir: paths.rendererDir, port: DEFAULT_REMOTE_PORT }),
  );
  installCleanShutdown(app, {
    close: async () => {
      bridge.dispose();
      await remoteSwitch.close();
      await overlayServer?.close();
      await backend.close();
    },
  });
  quitOnSignals(process, app);
  // After sleep the OBS socket is usually dead without a close: retry now rather than wait for the heartbeat.
  powerMonitor.on('resume', () => void backend.dispatch('obs.reconnect', {}));

  const openMainWindow = () => {
    const window = createMainWindow((options) => new BrowserWindow(options), windowInput);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      presenter.close();
    });
    mainWindow = window;
  };
  // macOS keeps apps alive without windows; elsewhere closing the console quits it.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow) openMainWindow();
  });
  openMainWindow();
}

// Before ready: privileged schemes and the global sandbox can only be set up now.
registerAppScheme(protocol);
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

if (acquireSingleInstance(app, () => mainWindow)) {
  // Every webContents, present and future, gets the navigation guards.
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, (url) => shell.openExternal(url)));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fatal('LiveCue failed to start', error));
}
