import { isAppUrl } from './protocol';

/**
 * The only places the app may send the user to, opened in their browser. Exact https origins:
 * everything else (including look-alike hosts and http) stays closed.
 */
export const EXTERNAL_URL_ALLOW_LIST: readonly string[] = ['https://obsproject.com'];

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  return EXTERNAL_URL_ALLOW_LIST.includes(parsed.origin);
}

interface PreventableUrlEvent {
  url: string;
  preventDefault(): void;
}

interface Preventable {
  preventDefault(): void;
}

/** The parts of WebContents the guards use (kept narrow so tests can fake them). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: PreventableUrlEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export type OpenExternal = (url: string) => Promise<void>;

/**
 * The window shows one page, forever: no navigation, no new windows, no <webview>. A link to an
 * allow-listed site opens in the user's browser instead.
 */
export function installNavigationGuards(
  contents: GuardedContents,
  openExternal: OpenExternal,
  log: (message: string) => void = console.warn,
): void {
  const openIfAllowed = (url: string) => {
    if (!isAllowedExternalUrl(url)) {
      log(`[livecue] blocked navigation to ${url}`);
      return;
    }
    openExternal(url).catch((error: unknown) => log(`[livecue] could not open ${url}: ${String(error)}`));
  };

  contents.on('will-navigate', (event) => {
    // In-page (hash) navigation does not come through here; any real navigation would unload the console.
    event.preventDefault();
    openIfAllowed(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
}
