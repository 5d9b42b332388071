import type { BrowserWindowConstructorOptions } from 'electron';
import { PRESENTER_PAGE_PATH } from '../../shared/api/wire';
import { APP_ORIGIN } from './protocol';
import { type FocusableWindow, focusWindow } from './singleInstance';
import { createAppWindow, type MainWindowLike, type MainWindowOptionsInput, mainWindowOptions } from './window';

/** The presenter / prompter page, from the same renderer folder as the console. */
export const PRESENTER_ENTRY_URL = `${APP_ORIGIN}${PRESENTER_PAGE_PATH}/index.html`;

/**
 * The same locked-down webPreferences as the main window (same preload: its IPC is limited to the 'remote-view'
 * role by the bridge's sender check), sized for a second monitor or a TV in front of the host.
 */
export function presenterWindowOptions(input: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...mainWindowOptions(input),
    title: 'LiveCue',
    width: 1280,
    height: 720,
    minWidth: 640,
    minHeight: 360,
    backgroundColor: '#000000',
  };
}

export interface PresenterWindowLike extends MainWindowLike, FocusableWindow {
  readonly webContents: { readonly id: number };
  close(): void;
  on(event: 'closed', listener: () => void): unknown;
}

export interface PresenterWindows {
  /** Opens the presenter window, or brings the open one to the front (there is only ever one). */
  open(): void;
  /** Its webContents while it is open, for the IPC bridge's sender check. */
  contents(): { readonly id: number } | null;
  /** Closes it (with the console: the prompter never outlives it). */
  close(): void;
}

export function createPresenterWindows<W extends PresenterWindowLike>(
  create: (options: BrowserWindowConstructorOptions) => W,
  input: MainWindowOptionsInput,
  log: (message: string) => void = console.error,
): PresenterWindows {
  let window: W | null = null;
  const current = (): W | null => (window && !window.isDestroyed() ? window : null);
  return {
    open() {
      const open = current();
      if (open) {
        focusWindow(open);
        return;
      }
      const created = createAppWindow(create, presenterWindowOptions(input), PRESENTER_ENTRY_URL, log);
      created.on('closed', () => {
        if (window === created) window = null;
      });
      window = created;
    },
    contents: () => current()?.webContents ?? null,
    close: () => current()?.close(),
  };
}
