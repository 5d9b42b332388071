import { createStore, type StoreApi } from 'zustand/vanilla';
import { ApiCallError } from '../../../shared/api/errors';
import type { RuntimeCommand } from '../../../shared/domain/runtime';
import type { SessionCounter } from '../../../shared/domain/session/sessionEvents';
import type { ApiClient } from '../api/client';
import { onAirCue } from '../features/live/cueState';
import { isLive } from '../features/live/revision';
import type { LiveFeed } from '../secondScreen/liveFeedStore';
import { errorMessage } from '../state/bound';
import { type SaleEntry, undoOf } from './saleLog';
import { standbyStep } from './standbyStep';

/** What the phone says after a command: what was done, or why it was refused (never silent). */
export type PhoneNotice = { id: number } & (
  | { kind: 'fired'; title: string }
  | { kind: 'standby'; title: string }
  | { kind: 'counted'; counter: SessionCounter }
  | { kind: 'sold'; entry: SaleEntry }
  | { kind: 'undone'; entry: SaleEntry }
  | { kind: 'panic' }
  /** GO for a cue that is no longer on standby: names the one that is now. */
  | { kind: 'stale'; standby: string | null }
  | { kind: 'revoked' }
  | { kind: 'offline' }
  | { kind: 'notLive' }
  /** Any other refusal: the runtime's reason (translated when known) and the backend's message. */
  | { kind: 'refused'; reason: string | null; message: string }
);
type NoticeBody = PhoneNotice extends infer N ? (N extends unknown ? Omit<N, 'id'> : never) : never;

export const isProblem = (notice: PhoneNotice): boolean =>
  notice.kind === 'stale' ||
  notice.kind === 'revoked' ||
  notice.kind === 'offline' ||
  notice.kind === 'notLive' ||
  notice.kind === 'refused';

export interface PhoneState {
  /** The command on its way (its button shows it is busy; a second tap waits for the answer). */
  sending: RuntimeCommand['type'] | null;
  notice: PhoneNotice | null;
  /** This phone's 成交 entries in the live session, newest last (the last one can be taken back). */
  sales: SaleEntry[];
  salesSessionId: string | null;
  go(): Promise<void>;
  moveStandby(direction: -1 | 1): Promise<void>;
  bump(counter: SessionCounter): Promise<void>;
  sale(orders: number, gmvFen: number): Promise<void>;
  undoSale(): Promise<void>;
  panic(): Promise<void>;
  dismiss(): void;
}

/** The phone remote's commands: each goes through `session.command` like the console's, and says how it went. */
export function createPhoneStore(client: ApiClient, feed: LiveFeed): StoreApi<PhoneState> {
  let noticeId = 0;
  const live = () => {
    const view = feed.store.getState().view;
    return isLive(view) ? view : null;
  };

  const store = createStore<PhoneState>((set, get) => {
    const say = (notice: NoticeBody) => set({ notice: { ...notice, id: ++noticeId } as PhoneNotice });

    /** Sends one command; on success returns true and takes the new view, on refusal says why. */
    async function send(command: RuntimeCommand): Promise<boolean> {
      const view = live();
      if (view === null) {
        say({ kind: 'notLive' });
        return false;
      }
      // One command at a time (a double tap must not send two GOs); PANIC never waits.
      if (get().sending !== null && command.type !== 'panic') return false;
      set({ sending: command.type });
      try {
        feed.receiveUpdate(await client.call('session.command', { sessionId: view.sessionId, command }));
        return true;
      } catch (error) {
        await explain(error);
        return false;
      } finally {
        set({ sending: null });
      }
    }

    async function explain(error: unknown) {
      if (!(error instanceof ApiCallError)) return say({ kind: 'refused', reason: null, message: errorMessage(error) });
      if (error.code === 'FORBIDDEN' || client.connection().state === 'unauthorized') return say({ kind: 'revoked' });
      if (error.code === 'UNAVAILABLE') return say({ kind: 'offline' });
      if (error.reason === 'SESSION_NOT_LIVE') return say({ kind: 'notLive' });
      if (error.reason === 'stale_standby') {
        // Read the session now: the push naming the new standby may not have arrived yet.
        try {
          const current = await client.call('session.current', {});
          if (current) feed.receive(current);
        } catch {
          // The view held is the best we know.
        }
        const state = live()?.state;
        const standby = state?.cues.find((c) => c.id === state.standbyId)?.title ?? null;
        return say({ kind: 'stale', standby });
      }
      say({ kind: 'refused', reason: error.reason ?? null, message: error.message });
    }

    return {
      sending: null,
      notice: null,
      sales: [],
      salesSessionId: null,

      async go() {
        const state = live()?.state;
        const standby = state?.cues.find((c) => c.id === state.standbyId) ?? null;
        if (await send({ type: 'go', expectedStandbyId: state?.standbyId ?? null })) say({ kind: 'fired', title: standby?.title ?? '' });
      },

      async moveStandby(direction) {
        const state = live()?.state;
        if (!state) return say({ kind: 'notLive' });
        const cueId = standbyStep(state, direction);
        if (cueId === null) return;
        if (await send({ type: 'setStandby', cueId })) say({ kind: 'standby', title: state.cues.find((c) => c.id === cueId)?.title ?? '' });
      },

      async bump(counter) {
        if (await send({ type: 'increment', counter, by: 1 })) say({ kind: 'counted', counter });
      },

      async sale(orders, gmvFen) {
        const view = live();
        const onAir = view ? onAirCue(view.state) : null;
        const productId = onAir?.productId ?? null;
        const entry: SaleEntry = {
          orders,
          gmvFen,
          productId,
          productTitle: productId === null ? null : (view?.state.catalog.products[productId]?.title ?? onAir?.title ?? null),
        };
        if (!(await send({ type: 'sale', orders, gmvFen, productId }))) return;
        const sessionId = view?.sessionId ?? null;
        set((s) => ({ sales: [...(s.salesSessionId === sessionId ? s.sales : []), entry], salesSessionId: sessionId }));
        say({ kind: 'sold', entry });
      },

      async undoSale() {
        const entry = get().sales.at(-1);
        if (!entry || get().salesSessionId !== live()?.sessionId) return;
        if (!(await send(undoOf(entry)))) return;
        set((s) => ({ sales: s.sales.slice(0, -1) }));
        say({ kind: 'undone', entry });
      },

      async panic() {
        if (await send({ type: 'panic' })) say({ kind: 'panic' });
      },

      dismiss() {
        set({ notice: null });
      },
    };
  });
  return store;
}
