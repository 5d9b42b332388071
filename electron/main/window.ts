import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './protocol';

const MAIN_WINDOW_TITLE = 'LiveCue';

export interface MainWindowOptionsInput {
  preloadPath: string;
  isPackaged: boolean;
}

/**
 * Sized for a shop PC beside OBS. Everything in webPreferences is the secure choice spelled out,
 * even where it is Electron's default, so a future default change cannot weaken it silently.
 */
export function mainWindowOptions({ preloadPath, isPackaged }: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: MAIN_WINDOW_TITLE,
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#101418',
    // Windows and Linux: the small Window menu (prompter) shows on Alt rather than taking a row of a 768-pixel screen.
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !isPackaged,
    },
  };
}

export interface MainWindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

/** Creates the window hidden, shows it once the first paint is ready (no white flash), loads the app. */
export function createMainWindow<W extends MainWindowLike>(
  create: (options: BrowserWindowConstructorOptions) => W,
  input: MainWindowOptionsInput,
  log: (message: string) => void = console.error,
): W {
  return createAppWindow(create, mainWindowOptions(input), APP_ENTRY_URL, log);
}

/** A window of the app at `url`: created hidden, shown once its first paint is ready, a failed load logged. */
export function createAppWindow<W extends MainWindowLike>(
  create: (options: BrowserWindowConstructorOptions) => W,
  options: BrowserWindowConstructorOptions,
  url: string,
  log: (message: string) => void,
): W {
  const window = create(options);
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => log(`[livecue] could not load ${url}: ${String(error)}`));
  return window;
}
