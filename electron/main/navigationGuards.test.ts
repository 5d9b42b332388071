import { describe, expect, it, vi } from 'vitest';
import { EXTERNAL_URL_ALLOW_LIST, type GuardedContents, installNavigationGuards, isAllowedExternalUrl } from './navigationGuards';

type Listener = (event: { url: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  const fire = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    listener(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { contents, fire, open };
}

function setup() {
  const fake = fakeContents();
  const openExternal = vi.fn(async (_url: string) => {});
  installNavigationGuards(fake.contents, openExternal, () => {});
  return { ...fake, openExternal };
}

describe('isAllowedExternalUrl', () => {
  it('allows only https on the listed origins', () => {
    expect(EXTERNAL_URL_ALLOW_LIST.length).toBeLessThanOrEqual(3);
    expect(isAllowedExternalUrl('https://obsproject.com/kb/virtual-camera-guide')).toBe(true);
    expect(isAllowedExternalUrl('http://obsproject.com/kb')).toBe(false);
    expect(isAllowedExternalUrl('https://obsproject.com.evil.example/kb')).toBe(false);
    expect(isAllowedExternalUrl('https://evil.example/?https://obsproject.com')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@obsproject.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://obsproject.com:8443/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});

describe('installNavigationGuards', () => {
  it('blocks every top-level navigation, even within the app', () => {
    const { fire, openExternal } = setup();
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'livecue://app/index.html')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('sends a navigation to an allow-listed site to the browser instead', () => {
    const { fire, openExternal } = setup();
    expect(fire('will-navigate', 'https://obsproject.com/kb')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://obsproject.com/kb');
  });

  it('denies every new window and opens only allow-listed https URLs externally', () => {
    const { open, openExternal } = setup();
    expect(open('https://obsproject.com/download')).toEqual({ action: 'deny' });
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('livecue://app/index.html')).toEqual({ action: 'deny' });
    expect(open('smb://server/share')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://obsproject.com/download']]);
  });

  it('blocks webviews and redirects or frame navigations off the app', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'livecue://app/index.html')).toBe(false);
    expect(fire('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-frame-navigate', 'livecue://app/index.html')).toBe(false);
  });

  it('survives openExternal failing', async () => {
    const fake = fakeContents();
    const log = vi.fn();
    installNavigationGuards(fake.contents, async () => Promise.reject(new Error('no browser')), log);
    expect(fake.open('https://obsproject.com/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('no browser')));
  });
});
