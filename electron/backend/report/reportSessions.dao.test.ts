import { describe, expect, it } from 'vitest';
import { reportMethods, type SessionSummary } from '../../../shared/api/methods/report.methods';
import { reduce, startSession } from '../../../shared/domain/runtime';
import { tempBackends } from '../../../test/helpers/tempBackends';
import { minuteRow, productRow } from '../../../test/support/domain/reportFixtures';
import { fixtureSetup, T0 } from '../../../test/support/domain/showFixture';
import { createSessionsDao } from '../session/sessions.dao';
import { createReportHandlers } from './report.handlers';
import { createReportService } from './report.service';
import { createReportSessionsDao } from './reportSessions.dao';

const MINUTE = 60_000;

describe('report.sessions', () => {
  const backend = tempBackends();

  function context() {
    const c = backend();
    return { ctx: c, writer: createSessionsDao(c.db), reader: createReportSessionsDao(c.db) };
  }

  /** A session stored the way the session service stores it: started, `gos` cues fired, then ended unless `live`. */
  function store(
    writer: ReturnType<typeof createSessionsDao>,
    id: string,
    at: number,
    opts: { gos?: number; live?: boolean; name?: string; gmvFen?: number; viewers?: readonly number[] } = {},
  ) {
    const setup = { ...fixtureSetup(), sessionId: id, showName: opts.name ?? `Show ${id}` };
    let state = startSession(setup, at).state;
    writer.insert(state);
    let revision = 1;
    let now = at;
    for (let i = 0; i < (opts.gos ?? 0); i++) {
      now += MINUTE;
      state = reduce(state, { type: 'go', expectedStandbyId: state.standbyId }, now).state;
      writer.save(state, revision++);
    }
    for (const value of opts.viewers ?? []) {
      state = reduce(state, { type: 'readGauge', gauge: 'viewersOnline', value }, now).state;
      writer.save(state, revision++);
    }
    if (opts.gmvFen !== undefined) {
      state = reduce(state, { type: 'increment', counter: 'gmvFen', by: opts.gmvFen }, now).state;
      writer.save(state, revision++);
    }
    if (!opts.live) {
      state = reduce(state, { type: 'end' }, now + MINUTE).state;
      writer.save(state, revision++);
    }
    return state;
  }

  it('lists nothing on a fresh database', () => {
    const { reader } = context();
    expect(reader.list(50)).toEqual({ items: [], total: 0, next: null });
  });

  it('lists live and ended sessions newest first with their cue counts', () => {
    const { writer, reader } = context();
    store(writer, 'old', T0, { gos: 2, name: '早场', gmvFen: 39_800 });
    store(writer, 'mid', T0 + 60 * MINUTE, { gos: 0 });
    store(writer, 'now', T0 + 120 * MINUTE, { gos: 1, live: true });

    const page = reader.list(50);
    expect(page.total).toBe(3);
    expect(page.next).toBeNull();
    expect(page.items.map((s) => s.sessionId)).toEqual(['now', 'mid', 'old']);
    expect(page.items[0]).toEqual({
      sessionId: 'now',
      showId: 'show-1',
      showName: 'Show now',
      phase: 'live',
      startedAt: T0 + 120 * MINUTE,
      endedAt: null,
      cueCount: 7,
      firedCueCount: 1,
      gmvFen: null,
      peakViewers: null,
    });
    expect(page.items[2]).toMatchObject({
      showName: '早场',
      phase: 'ended',
      endedAt: T0 + 3 * MINUTE,
      cueCount: 7,
      firedCueCount: 2,
      gmvFen: 39_800,
    });
    expect(page.items[1]).toMatchObject({ phase: 'ended', firedCueCount: 0 });
  });

  it('gives each session its peak viewers online: the highest reading, 0 when read as 0, null when never read', () => {
    const { writer, reader } = context();
    store(writer, 'read', T0, { viewers: [120, 480, 300] });
    store(writer, 'zero', T0 + MINUTE, { viewers: [0] });
    store(writer, 'never', T0 + 2 * MINUTE, { gmvFen: 100 });
    store(writer, 'live', T0 + 3 * MINUTE, { viewers: [75], live: true });
    const peaks = Object.fromEntries(reader.list(50).items.map((s) => [s.sessionId, s.peakViewers]));
    expect(peaks).toEqual({ read: 480, zero: 0, never: null, live: 75 });
  });

  it('lists 1,000 sessions page by page with their peaks, from the sessions table alone (no event log is read)', () => {
    const { ctx, writer, reader } = context();
    // Only the sessions table is written here: the peaks below can come from nowhere but the stored state.
    ctx.db.transaction(() => {
      for (let i = 0; i < 1000; i++)
        store(writer, `s${String(i).padStart(4, '0')}`, T0 + i * MINUTE, { viewers: i % 10 === 0 ? [] : [i, i * 2] });
    })();
    expect(ctx.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM events').get()?.n).toBe(0);
    const seen: SessionSummary[] = [];
    let page = reader.list(200);
    seen.push(...page.items);
    while (page.next) {
      page = reader.list(200, page.next);
      seen.push(...page.items);
    }
    expect(seen).toHaveLength(1000);
    expect(seen[0]).toMatchObject({ sessionId: 's0999', peakViewers: 1998 });
    expect(seen.filter((s) => s.peakViewers === null)).toHaveLength(100);
    expect(seen.every((s, i) => s.peakViewers === (Number(s.sessionId.slice(1)) % 10 === 0 ? null : (999 - i) * 2))).toBe(true);
  });

  it('pages by keyset: every session once, ties on the start time broken by id', () => {
    const { writer, reader } = context();
    // Two pairs share a start time, so the order must not depend on started_at alone.
    for (const [id, at] of [
      ['a', T0],
      ['b', T0],
      ['c', T0 + MINUTE],
      ['d', T0 + 2 * MINUTE],
      ['e', T0 + 2 * MINUTE],
    ] as const) {
      store(writer, id, at);
    }
    const seen: string[] = [];
    let page = reader.list(2);
    seen.push(...page.items.map((s) => s.sessionId));
    while (page.next) {
      page = reader.list(2, page.next);
      seen.push(...page.items.map((s) => s.sessionId));
    }
    expect(seen).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(page.total).toBe(5);
  });

  it('does not shift later pages when a session goes live meanwhile', () => {
    const { writer, reader } = context();
    for (let i = 0; i < 4; i++) store(writer, `s${i}`, T0 + i * MINUTE);
    const first = reader.list(2);
    expect(first.items.map((s) => s.sessionId)).toEqual(['s3', 's2']);
    store(writer, 'new', T0 + 10 * MINUTE, { live: true });
    const second = reader.list(2, first.next ?? undefined);
    expect(second.items.map((s) => s.sessionId)).toEqual(['s1', 's0']);
    expect(second.total).toBe(5);
  });

  it('shows GMV and peak viewers from the platform files where imported, as the review does: the latest import of each kind', () => {
    const { ctx, writer, reader } = context();
    store(writer, 'typed', T0, { gmvFen: 10_000, viewers: [300] });
    store(writer, 'trend', T0 + 10 * MINUTE, { gmvFen: 10_000, viewers: [300] });
    store(writer, 'products', T0 + 20 * MINUTE, { gmvFen: 10_000, viewers: [300] });
    const file = { at: T0 + 60 * MINUTE, importId: 'i', platform: 'douyin', fileName: 'export.xlsx' };
    const append = (sessionId: string, type: 'platform.trend' | 'platform.products', rows: object[]) =>
      ctx.events.append({ type, sessionId, payload: { sessionId, ...file, rows } });
    // Replaced by the later trend file of the same session.
    append('trend', 'platform.trend', [minuteRow(T0, { viewersOnline: 9_999, gmvFen: 1 })]);
    append('trend', 'platform.trend', [
      minuteRow(T0, { viewersOnline: 1_200, gmvFen: 50_000 }),
      minuteRow(T0 + MINUTE, { viewersOnline: 1_500, gmvFen: 7_000 }),
    ]);
    // The products file's sum counts only where the trend gives no GMV; it never gives viewers.
    append('trend', 'platform.products', [productRow(null, { gmvFen: 1 })]);
    append('products', 'platform.products', [productRow('p1', { gmvFen: 120_000 }), productRow(null), productRow(null, { gmvFen: 3_000 })]);

    const byId = new Map(reader.list(50).items.map((i) => [i.sessionId, i]));
    expect(byId.get('typed')).toMatchObject({ gmvFen: 10_000, peakViewers: 300 });
    expect(byId.get('trend')).toMatchObject({ gmvFen: 57_000, peakViewers: 1_500 });
    expect(byId.get('products')).toMatchObject({ gmvFen: 123_000, peakViewers: 300 });
  });

  it('is reached through the report handlers with the contract defaults', async () => {
    const { ctx, writer } = context();
    store(writer, 'x', T0, { gos: 1 });
    const handlers = createReportHandlers(ctx, createReportService(ctx));
    const input = reportMethods['report.sessions'].input.parse({});
    const page = await handlers['report.sessions'](input);
    expect(reportMethods['report.sessions'].output.parse(page).items.map((s) => s.sessionId)).toEqual(['x']);
  });

  it('refuses a page size outside 1–200 and a malformed cursor, naming the field', () => {
    const input = reportMethods['report.sessions'].input;
    for (const [bad, path] of [
      [{ limit: 0 }, ['limit']],
      [{ limit: 201 }, ['limit']],
      [{ before: { startedAt: T0 } }, ['before', 'sessionId']],
      [{ before: { startedAt: -1, sessionId: 'x' } }, ['before', 'startedAt']],
    ] as const) {
      const parsed = input.safeParse(bad);
      expect(parsed.success, JSON.stringify(bad)).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(path);
    }
  });
});
