import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemClock } from '../../electron/backend/clock';
import { createEventStore } from '../../electron/backend/events/eventStore';
import { uuidv7 } from '../../electron/backend/events/uuidv7';
import { openDatabase } from '../../electron/backend/store/database';
import { type BenchLine, type Benchmark, line } from './benchResult';

const SINGLE = 1500;
const BATCHES = 60;
const BATCH = 100;
const ROUNDS = 3;

/**
 * store.appendEvent: durable appends per second through the store API (UUIDv7, outbox row, JSON
 * payload, synchronous=FULL) vs raw better-sqlite3 prepared inserts of the same rows with the same
 * pragmas. Rounds alternate so disk noise hits both. Higher is better; ratio = store ÷ raw.
 */
export const storeAppendEvent: Benchmark = {
  name: 'store.appendEvent',
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), 'livecue-bench-store-'));
    try {
      const store = openDatabase({ file: path.join(dir, 'store.db') });
      const events = createEventStore(store, systemClock);
      // Same schema (indexes, append-only triggers, outbox) and pragmas: the ratio is the API's own cost.
      const raw = openDatabase({ file: path.join(dir, 'raw.db') });
      const insert = raw.prepare(
        'INSERT INTO events (event_id, device_id, type, schema_version, session_id, wall_time, mono_ms, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const insertOutbox = raw.prepare('INSERT INTO outbox (seq) VALUES (?)');
      const rawRow = (i: number) => {
        const payload = JSON.stringify({ counter: 'likes', by: i });
        const info = insert.run(uuidv7(), 'dev', 'counter.increment', 1, 's', Date.now(), performance.now(), payload);
        insertOutbox.run(info.lastInsertRowid);
      };
      const rawSingle = raw.transaction((i: number) => rawRow(i));
      const rawBatch = raw.transaction((n: number) => {
        for (let i = 0; i < n; i++) rawRow(i);
      });
      const storeEvent = (i: number) => ({ type: 'counter.increment', sessionId: 's', payload: { counter: 'likes', by: i } });

      const rate = (count: number, ms: number) => (count / ms) * 1000;
      const single = { store: [] as number[], raw: [] as number[] };
      const batched = { store: [] as number[], raw: [] as number[] };
      for (let round = 0; round < ROUNDS; round++) {
        let t = performance.now();
        for (let i = 0; i < SINGLE; i++) events.append(storeEvent(i));
        single.store.push(rate(SINGLE, performance.now() - t));
        t = performance.now();
        for (let i = 0; i < SINGLE; i++) rawSingle(i);
        single.raw.push(rate(SINGLE, performance.now() - t));

        t = performance.now();
        for (let b = 0; b < BATCHES; b++) events.appendMany(Array.from({ length: BATCH }, (_, i) => storeEvent(i)));
        batched.store.push(rate(BATCHES * BATCH, performance.now() - t));
        t = performance.now();
        for (let b = 0; b < BATCHES; b++) rawBatch(BATCH);
        batched.raw.push(rate(BATCHES * BATCH, performance.now() - t));
      }
      store.close();
      raw.close();
      const best = (xs: number[]) => Math.max(...xs);
      const out: BenchLine[] = [
        line(
          {
            name: 'store.appendEvent',
            value: best(single.store),
            unit: 'events/s',
            baseline: 'raw better-sqlite3 prepared inserts (event + outbox row), same schema and pragmas, one transaction per event',
            baselineValue: best(single.raw),
          },
          { eventsPerRound: SINGLE, rounds: ROUNDS },
        ),
        line(
          {
            name: 'store.appendEvent.batched',
            value: best(batched.store),
            unit: 'events/s',
            baseline: 'raw better-sqlite3 prepared inserts (event + outbox row), same schema and pragmas, one transaction per 100 events',
            baselineValue: best(batched.raw),
          },
          { batchSize: BATCH, rounds: ROUNDS },
        ),
      ];
      return out;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
