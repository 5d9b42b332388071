import { createStore, type StoreApi } from 'zustand/vanilla';
import { PAIR_PARAM, REMOTE_PAIR_PATH, TOKEN_CHECK_PATH, TOKEN_PARAM } from '../../../shared/api/wire';
import { PairResponse } from '../../../shared/domain/remote/remoteDevice';
import { forgetPairedDevice, readPairedDevice, savePairedDevice } from './pairedDevice';

/** Why a pairing request did not go through. */
export type PairFailure = 'code' | 'rate_limited' | 'unreachable';

/**
 * Where this phone is with the PC:
 * - `unpaired`: no code in the URL and no token kept: scan the QR code on the PC.
 * - `naming`: opened from the QR code; asks a name, then sends the pairing request.
 * - `waiting`: has its token; the PC has not confirmed it yet (polled).
 * - `paired`: the token works: connect.
 * - `declined` / `revoked`: the PC said no, or stopped the device later; the token is forgotten.
 */
export type PairingStep =
  | { step: 'unpaired' }
  | { step: 'naming'; code: string; sending: boolean; failure: PairFailure | null; detail: string | null }
  | { step: 'waiting'; device: PairResponse; unreachable: boolean }
  | { step: 'paired'; device: PairResponse }
  | { step: 'declined' }
  | { step: 'revoked' };

export interface PairingState {
  current: PairingStep;
  /** Sends the pairing request with the name the person gave. */
  pair(name: string): Promise<void>;
  /** The connection was refused for the kept token: the PC stopped this device. */
  revoked(): void;
  dispose(): void;
}

export type HttpFetch = (
  url: string,
  init: { method?: 'GET' | 'POST'; cache: 'no-store'; headers?: Record<string, string>; body?: string },
) => Promise<{ status: number; ok: boolean; json(): Promise<unknown> }>;

export interface PairingEnvironment {
  /** The page's address: its origin for the requests, its `?pair=` code. */
  href: string;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  fetch: HttpFetch;
  /** Replaces the address bar's URL (the pairing code is used once: a reload must not send it again). */
  replaceUrl(url: string): void;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

/** How often the phone asks whether the PC confirmed it, and how long it waits after a "too many requests". */
const POLL_MS = 1500;
const RATE_LIMITED_MS = 10_000;

/** The phone's pairing with the PC, from the QR code's URL (or the kept token) to a token that works. */
export function createPairing(env: PairingEnvironment): StoreApi<PairingState> {
  const url = new URL(env.href);
  const code = url.searchParams.get(PAIR_PARAM);
  let timer: unknown = null;
  let disposed = false;

  const store = createStore<PairingState>((set, get) => ({
    current: { step: 'unpaired' },

    async pair(name) {
      const at = get().current;
      if (at.step !== 'naming' || at.sending) return;
      set({ current: { ...at, sending: true, failure: null, detail: null } });
      const failed = (failure: PairFailure, detail: string | null = null) =>
        set({ current: { step: 'naming', code: at.code, sending: false, failure, detail } });
      let response: Awaited<ReturnType<HttpFetch>>;
      try {
        response = await env.fetch(`${url.origin}${REMOTE_PAIR_PATH}`, {
          method: 'POST',
          cache: 'no-store',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code: at.code, name: name.trim() }),
        });
      } catch {
        return failed('unreachable');
      }
      const body: unknown = await response.json().catch(() => null);
      if (response.status === 429) return failed('rate_limited');
      if (!response.ok) return failed(response.status >= 500 ? 'unreachable' : 'code', messageOf(body));
      const device = PairResponse.safeParse(body);
      if (!device.success) return failed('unreachable', 'the PC answered the pairing request with something unexpected');
      savePairedDevice(env.storage, device.data);
      url.searchParams.delete(PAIR_PARAM);
      env.replaceUrl(url.pathname + url.search + url.hash);
      wait(device.data, true);
    },

    revoked() {
      forgetPairedDevice(env.storage);
      stopPolling();
      set({ current: { step: 'revoked' } });
    },

    dispose() {
      disposed = true;
      stopPolling();
    },
  }));

  function stopPolling() {
    if (timer !== null) env.clearTimeout(timer);
    timer = null;
  }

  /** Asks the PC whether the token works: 204 yes, 202 not confirmed yet, 401 refused or forgotten. */
  async function check(device: PairResponse): Promise<'ok' | 'waiting' | 'refused' | 'rate_limited' | 'unreachable'> {
    try {
      const response = await env.fetch(`${url.origin}${TOKEN_CHECK_PATH}?${TOKEN_PARAM}=${encodeURIComponent(device.token)}`, {
        cache: 'no-store',
      });
      if (response.status === 204) return 'ok';
      if (response.status === 202) return 'waiting';
      if (response.status === 401) return 'refused';
      if (response.status === 429) return 'rate_limited';
      return 'unreachable';
    } catch {
      return 'unreachable';
    }
  }

  /** Polls until the PC decides; `soon` asks at once (right after pairing), else after the usual pause. */
  function wait(device: PairResponse, soon: boolean) {
    store.setState({ current: { step: 'waiting', device, unreachable: false } });
    const poll = async () => {
      timer = null;
      const verdict = await check(device);
      if (disposed || store.getState().current.step !== 'waiting') return;
      if (verdict === 'ok') store.setState({ current: { step: 'paired', device } });
      else if (verdict === 'refused') {
        forgetPairedDevice(env.storage);
        store.setState({ current: { step: 'declined' } });
      } else {
        store.setState({ current: { step: 'waiting', device, unreachable: verdict === 'unreachable' } });
        timer = env.setTimeout(() => void poll(), verdict === 'rate_limited' ? RATE_LIMITED_MS : POLL_MS);
      }
    };
    timer = env.setTimeout(() => void poll(), soon ? 0 : POLL_MS);
  }

  // A code in the URL wins (the person scanned a new QR code); else the kept token, checked once.
  const kept = readPairedDevice(env.storage);
  if (code) store.setState({ current: { step: 'naming', code, sending: false, failure: null, detail: null } });
  else if (kept) {
    void check(kept).then((verdict) => {
      if (disposed) return;
      if (verdict === 'refused') store.getState().revoked();
      // Unreachable: connect anyway; the connection retries by itself and tells a refused token apart.
      else if (verdict === 'ok' || verdict === 'unreachable') store.setState({ current: { step: 'paired', device: kept } });
      else wait(kept, false);
    });
    store.setState({ current: { step: 'waiting', device: kept, unreachable: false } });
  }
  return store;
}

function messageOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  const inner = typeof record.error === 'object' && record.error !== null ? (record.error as Record<string, unknown>) : record;
  return typeof inner.message === 'string' ? inner.message : null;
}

/** The pairing over the page's own window: its URL, localStorage, fetch and timers. */
export function pairingInWindow(win: Window): StoreApi<PairingState> {
  return createPairing({
    href: win.location.href,
    storage: win.localStorage,
    fetch: (url, init) => win.fetch(url, init),
    replaceUrl: (url) => win.history.replaceState(null, '', url),
    setTimeout: (run, ms) => win.setTimeout(run, ms),
    clearTimeout: (timer) => win.clearTimeout(timer as number),
  });
}
