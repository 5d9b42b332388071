import type { IngestRequest } from '../../shared/api/hub/hubIngest';
import type { SeededRandom } from './seededRandom';

/** How often each kind of trouble hits an upload request (each 0–1, drawn independently). */
export interface ChaosRates {
  /** The hub stores the batch, then the answer is lost on the way back. */
  loseAnswer: number;
  /** The same batch arrives twice at once (a retrying proxy). */
  duplicate: number;
  /** The batch arrives again later, just before the store's next request (after the batches it answered). */
  replayLater: number;
  /** The batch's events arrive shuffled. */
  reorder: number;
  /** Only the first part of the batch arrives. */
  truncate: number;
}

export const CHAOS_KINDS = ['loseAnswer', 'duplicate', 'replayLater', 'reorder', 'truncate'] as const;
export type ChaosCounts = Record<(typeof CHAOS_KINDS)[number], number>;

export const noChaos = (): ChaosCounts => ({ loseAnswer: 0, duplicate: 0, replayLater: 0, reorder: 0, truncate: 0 });

export interface ChaosFetchOptions {
  random: SeededRandom;
  rates: ChaosRates | null;
  /** Incremented as trouble is made; shared by every store of a run. */
  counts: ChaosCounts;
  /** Each request that reached the hub, with its time to answer (duplicates and replays included). */
  onHubRequest?: (ms: number) => void;
}

export interface ChaosFetch {
  fetch: typeof fetch;
  /** Sends a batch still held for later now: it arrives after everything the store sent. */
  deliverLate(): Promise<void>;
}

/**
 * A fetch for one store's hub client that mistreats upload requests (`POST /v1/events`) on the way to a
 * real hub: the requests themselves are real, only their delivery is disturbed. Anything else passes through.
 */
export function chaosFetch(options: ChaosFetchOptions): ChaosFetch {
  const { random, rates, counts } = options;
  let replay: { input: Parameters<typeof fetch>[0]; init: RequestInit; body: string } | null = null;
  const timed = async (input: Parameters<typeof fetch>[0], init: RequestInit | undefined, body: string) => {
    const start = performance.now();
    const response = await fetch(input, { ...init, body });
    const text = await response.text();
    options.onHubRequest?.(performance.now() - start);
    return new Response(text, { status: response.status, headers: response.headers });
  };
  const deliverLate = async () => {
    if (replay === null) return;
    const late = replay;
    replay = null;
    counts.replayLater++;
    await timed(late.input, late.init, late.body);
  };
  const chaotic: typeof fetch = async (input, init) => {
    if (!String(input).endsWith('/v1/events') || typeof init?.body !== 'string') return fetch(input, init);
    if (!rates) return timed(input, init, init.body);
    await deliverLate();
    const request = JSON.parse(init.body) as IngestRequest;
    let events = request.events;
    if (events.length > 1 && random.chance(rates.truncate)) {
      counts.truncate++;
      events = events.slice(0, random.int(1, events.length - 1));
    }
    if (events.length > 1 && random.chance(rates.reorder)) {
      counts.reorder++;
      events = shuffled(events, random);
    }
    const body = JSON.stringify({ ...request, events });
    // Held until this store's next request (counted when it is really sent).
    if (random.chance(rates.replayLater)) replay = { input, init, body };
    const sending = [timed(input, init, body)];
    if (random.chance(rates.duplicate)) {
      counts.duplicate++;
      sending.push(timed(input, init, body));
    }
    const [response] = await Promise.all(sending);
    if (random.chance(rates.loseAnswer)) {
      counts.loseAnswer++;
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    }
    if (!response) throw new Error('no answer was sent');
    return response;
  };
  return { fetch: chaotic, deliverLate };
}

function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
