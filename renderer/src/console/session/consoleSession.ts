import { createStore, type StoreApi } from 'zustand/vanilla';
import { type HubClient, HubRequestError } from '../../../../shared/api/hub/hubClient';
import type { ProducerAccount } from '../../../../shared/api/hub/hubProducer';

/** Where the sign-in is kept: this tab only, gone when the tab closes (a shared office PC forgets it). */
export const TOKEN_KEY = 'livecue.console.token';

export type SignInProblem =
  | { kind: 'wrongCredentials' }
  | { kind: 'unreachable' }
  /** Too many failed sign-ins for the account or from this network; `minutes` until it may work again. */
  | { kind: 'rateLimited'; minutes: number }
  | { kind: 'failed'; message: string };

export interface ConsoleSessionState {
  /**
   * `checking`: a kept token is being tried; `checkFailed`: trying it failed for another reason than a 401 (the hub
   * unreachable, a gateway's 502), so the token is kept and `checkError` says why; `signedOut` shows the sign-in page.
   */
  status: 'checking' | 'checkFailed' | 'signedOut' | 'signedIn';
  /** Why the kept token could not be checked, while `status` is `checkFailed`. */
  checkError: unknown;
  token: string | null;
  account: ProducerAccount | null;
  /** Why the sign-in page is showing, when it is not the first visit. */
  expired: boolean;
  signIn(username: string, password: string): Promise<SignInProblem | null>;
  signOut(): void;
  /** Tries the kept token again (after a reload, or when the last try failed): `me` names the account. */
  check(): Promise<void>;
  /**
   * Runs a call with the token; a 401 (the sign-in expired or was dropped) returns to the sign-in page. Every page
   * calls the hub through this.
   */
  authorized<T>(call: (token: string) => Promise<T>): Promise<T>;
  /** Back to the sign-in page saying the sign-in expired, when `token` is still the one in use. */
  expire(token: string | null): void;
}

type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const isUnauthenticated = (error: unknown): boolean => error instanceof HubRequestError && error.hubCode === 'UNAUTHENTICATED';

/** What a failed sign-in means for the person typing. */
export function signInProblem(error: unknown): SignInProblem {
  if (error instanceof HubRequestError) {
    if (error.hubCode === 'UNAUTHENTICATED' || error.hubCode === 'INVALID_PAYLOAD') return { kind: 'wrongCredentials' };
    if (error.problem === 'UNREACHABLE') return { kind: 'unreachable' };
    if (error.hubCode === 'RATE_LIMITED')
      return { kind: 'rateLimited', minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) };
  }
  return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}

/** The signed-in producer: signs in, keeps the token for this tab, and drops back to sign-in on any 401. */
export function createConsoleSession(client: HubClient, storage: SessionStorage): StoreApi<ConsoleSessionState> {
  const kept = storage.getItem(TOKEN_KEY);
  const store = createStore<ConsoleSessionState>((set, get) => {
    const expire = (token: string | null) => {
      // A token replaced meanwhile (signed out and in again) is not an old call's to expire.
      if (get().token !== token) return;
      storage.removeItem(TOKEN_KEY);
      set({ status: 'signedOut', token: null, account: null, expired: true, checkError: null });
    };
    return {
      expire,
      status: kept ? 'checking' : 'signedOut',
      token: kept,
      account: null,
      expired: false,
      checkError: null,
      async signIn(username, password) {
        try {
          const answer = await client.call('login', { body: { username: username.trim(), password } });
          storage.setItem(TOKEN_KEY, answer.token);
          set({ status: 'signedIn', token: answer.token, account: answer.account, expired: false, checkError: null });
          return null;
        } catch (error) {
          return signInProblem(error);
        }
      },
      signOut() {
        storage.removeItem(TOKEN_KEY);
        set({ status: 'signedOut', token: null, account: null, expired: false, checkError: null });
      },
      async check() {
        const token = get().token;
        if (token === null) return;
        set({ status: 'checking', checkError: null });
        try {
          const account = await get().authorized((kept) => client.call('me', { token: kept }));
          if (get().token === token) set({ status: 'signedIn', account });
        } catch (error) {
          // A 401 has already signed out. Anything else says nothing about the token: keep it and say what went wrong.
          if (!isUnauthenticated(error) && get().token === token) set({ status: 'checkFailed', checkError: error });
        }
      },
      async authorized(call) {
        const token = get().token;
        if (token === null) {
          expire(null);
          throw new HubRequestError('REJECTED', 'not signed in', 'UNAUTHENTICATED');
        }
        try {
          return await call(token);
        } catch (error) {
          if (isUnauthenticated(error)) expire(token);
          throw error;
        }
      },
    };
  });
  // A reload keeps the page: the kept token is checked and names the account.
  if (kept) void store.getState().check();
  return store;
}

/**
 * The client as handed to pages that hold the token themselves (the results page): a 401 on any call but the
 * sign-in itself returns to the sign-in page, as it does for calls made through `authorized`.
 */
export function expiringClient(client: HubClient, session: StoreApi<ConsoleSessionState>): HubClient {
  const watch = <T>(token: string | null | undefined, promise: Promise<T>): Promise<T> =>
    promise.catch((error: unknown) => {
      if (isUnauthenticated(error)) session.getState().expire(token ?? null);
      throw error;
    });
  return {
    baseUrl: client.baseUrl,
    call: (name, options) => (name === 'login' ? client.call(name, options) : watch(options?.token, client.call(name, options))),
    image: (sha256, token) => watch(token, client.image(sha256, token)),
  };
}
