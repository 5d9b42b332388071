import { afterAll, describe, expect, it } from 'vitest';
import { ResultSessionsResponse, ResultsResponse } from '../../shared/api/hub/hubConsole';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { ok, refusal } from '../../test/support/hub/hubTestKit';
import { china, resultsScenarioHub, SCENARIO_NOW } from '../../test/support/hub/resultsScenario';

afterAll(stopHubBackends);

const NOVEMBER = 'from=2026-11-01&to=2026-11-30';

/** The figures of a row in the contract's shape, every one spelled out (hand-computed in the comments). */
const figures = (f: {
  sessions: number;
  gmvFen: number | null;
  orders: number | null;
  buyers: number | null;
  views: number | null;
  uniqueViewers: number | null;
  peakViewers: number | null;
  gpmFen: number | null;
  uvValueFen: number | null;
  conversion: number | null;
  explainMs: number;
}) => f;

describe.each(hubBackends())('results across stores on $name', (backend) => {
  const ctx = resultsScenarioHub(backend);

  const results = async (query: string, auth = ctx.scenario.hq) =>
    ok(await ctx.hub.app.inject({ url: `/v1/results?${query}`, headers: auth }), ResultsResponse);

  it('adds up November in China time: totals, the leaderboard, products, coupons and tasks, days', async () => {
    const r = await results(NOVEMBER);
    // A1 + A2 + B1 + B2 + C1 (C2 is 1 Dec in China). GPM over A1, A2, C1 (GMV and views); UV value over A1, B1, C1.
    expect(r.totals).toEqual(
      figures({
        sessions: 5,
        gmvFen: 2_100_000,
        orders: 37,
        buyers: 30,
        views: 85_000,
        uniqueViewers: 16_000,
        peakViewers: 2_000,
        gpmFen: 22_500, // 1,800,000 × 1000 ÷ 80,000
        uvValueFen: 119, // 1,900,000 ÷ 16,000 = 118.75
        conversion: 26 / 16_000,
        explainMs: 3_900_000,
      }),
    );
    const { A, B, C } = ctx.scenario.stores;
    expect(r.stores).toEqual([
      {
        storeCode: C.code,
        storeName: '门店C',
        region: '华南',
        group: '旗舰店',
        ...figures({
          sessions: 1,
          gmvFen: 1_000_000,
          orders: 20,
          buyers: 15,
          views: 50_000,
          uniqueViewers: 10_000,
          peakViewers: 2_000,
          gpmFen: 20_000,
          uvValueFen: 100,
          conversion: 0.0015,
          explainMs: 1_800_000,
        }),
      },
      {
        storeCode: A.code,
        storeName: '门店A',
        region: '华东',
        group: '旗舰店',
        ...figures({
          sessions: 2,
          gmvFen: 800_000,
          orders: 14,
          buyers: 12,
          views: 30_000,
          uniqueViewers: 4_000,
          peakViewers: 500,
          gpmFen: 26_667, // 800,000 × 1000 ÷ 30,000
          uvValueFen: 150, // A1 only: 600,000 ÷ 4,000
          conversion: 0.002, // A1 only: 8 ÷ 4,000
          explainMs: 1_800_000,
        }),
      },
      {
        storeCode: B.code,
        storeName: '门店B',
        region: '华东',
        group: '社区店',
        ...figures({
          sessions: 2,
          gmvFen: 300_000,
          orders: 3,
          buyers: 3,
          views: 5_000,
          uniqueViewers: 2_000,
          peakViewers: 800,
          gpmFen: null, // no session had both GMV and views
          uvValueFen: 150,
          conversion: 0.0015,
          explainMs: 300_000,
        }),
      },
    ]);
    expect(r.products).toEqual([
      {
        productId: 'p1',
        title: '口红（返场）', // the name of its latest session (A2)
        stores: 2,
        explainMs: 3_600_000,
        explainCount: 3,
        orders: 34,
        buyers: 112, // typed 8 + 4, the platform's 100 at C1
        gmvFen: 1_800_000,
        clicks: 2_500,
        conversion: 0.05, // C1 only: 100 ÷ 2,000; A1's typed buyers never go over its platform clicks
      },
      {
        productId: 'p2',
        title: '精华',
        stores: 1,
        explainMs: 300_000,
        explainCount: 1,
        orders: 3,
        buyers: 30,
        gmvFen: 300_000,
        clicks: 400,
        conversion: 0.075,
      },
      {
        productId: 'p3',
        title: '面膜', // named by the platform's file only
        stores: 1,
        explainMs: 0,
        explainCount: 0,
        orders: null,
        buyers: 2,
        gmvFen: null,
        clicks: 100,
        conversion: 0.02,
      },
    ]);
    expect(r.items).toEqual([
      { kind: 'coupon', itemId: 'cp1', title: '满减券', stores: 1, runs: 2, met: null, counted: null },
      { kind: 'task', itemId: 't1', title: '关注目标', stores: 2, runs: 2, met: 1, counted: 2 },
    ]);
    expect(r.days).toEqual([
      {
        day: '2026-11-01',
        ...figures({
          sessions: 2,
          gmvFen: 900_000,
          orders: 13,
          buyers: 11,
          views: 20_000,
          uniqueViewers: 6_000,
          peakViewers: 800,
          gpmFen: 30_000,
          uvValueFen: 150,
          conversion: 11 / 6_000,
          explainMs: 1_500_000,
        }),
      },
      {
        // A2 at 23:30 China time is 2 November.
        day: '2026-11-02',
        ...figures({
          sessions: 2,
          gmvFen: 1_200_000,
          orders: 24,
          buyers: 19,
          views: 60_000,
          uniqueViewers: 10_000,
          peakViewers: 2_000,
          gpmFen: 20_000,
          uvValueFen: 100,
          conversion: 0.0015,
          explainMs: 2_400_000,
        }),
      },
      {
        // B2 at 00:30 China time is 3 November (2 November in UTC).
        day: '2026-11-03',
        ...figures({
          sessions: 1,
          gmvFen: null,
          orders: null,
          buyers: null,
          views: 5_000,
          uniqueViewers: null,
          peakViewers: 100,
          gpmFen: null,
          uvValueFen: null,
          conversion: null,
          explainMs: 0,
        }),
      },
    ]);
    expect(r.query).toEqual({ from: '2026-11-01', to: '2026-11-30', tzOffsetMinutes: 480 });
  });

  it('reads days in the reader’s offset: in UTC, B2 is 2 November and C2 is in November', async () => {
    const r = await results(`${NOVEMBER}&tzOffsetMinutes=0`);
    expect(r.totals.sessions).toBe(6);
    expect(r.days.map((d) => [d.day, d.sessions])).toEqual([
      ['2026-11-01', 2],
      ['2026-11-02', 3],
      ['2026-11-30', 1],
    ]);
    // One day in China time holds only what started on it.
    const third = await results('from=2026-11-03&to=2026-11-03');
    expect(third.days.map((d) => d.day)).toEqual(['2026-11-03']);
    expect(third.totals).toMatchObject({ sessions: 1, views: 5_000, gmvFen: null });
  });

  it('filters by region, group and show', async () => {
    const { A, B, C } = ctx.scenario.stores;
    const south = await results(`${NOVEMBER}&region=华南`);
    expect(south.stores.map((s) => s.storeCode)).toEqual([C.code]);
    expect(south.totals).toMatchObject({ sessions: 1, gmvFen: 1_000_000 });
    expect(south.items).toEqual([]);
    const flagship = await results(`${NOVEMBER}&group=旗舰店`);
    expect(flagship.stores.map((s) => [s.storeCode, s.gmvFen])).toEqual([
      [C.code, 1_000_000],
      [A.code, 800_000],
    ]);
    const daily = await results(`${NOVEMBER}&show=Daily`);
    // B has no GMV in its Daily show: it comes last.
    expect(daily.stores.map((s) => [s.storeCode, s.gmvFen])).toEqual([
      [A.code, 200_000],
      [B.code, null],
    ]);
    expect(daily.products.map((p) => [p.productId, p.gmvFen])).toEqual([['p1', 200_000]]);
    const none = await results('from=2026-10-01&to=2026-10-31');
    expect(none).toMatchObject({ stores: [], products: [], items: [], days: [] });
    expect(none.totals).toMatchObject({ sessions: 0, gmvFen: null, explainMs: 0 });
  });

  it('shows an account limited to a region only its stores, and refuses another region', async () => {
    const { A, B, C } = ctx.scenario.stores;
    const east = await results(NOVEMBER, ctx.scenario.east);
    expect(east.stores.map((s) => s.storeCode)).toEqual([A.code, B.code]);
    expect(east.totals).toMatchObject({ sessions: 4, gmvFen: 1_100_000, peakViewers: 800 });
    expect(east.products.find((p) => p.productId === 'p1')).toMatchObject({ stores: 1, gmvFen: 800_000, conversion: null });
    const south = refusal(await ctx.hub.app.inject({ url: `/v1/results?${NOVEMBER}&region=华南`, headers: ctx.scenario.east }));
    expect(south).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const sessions = refusal(
      await ctx.hub.app.inject({ url: `/v1/results/stores/${C.code}/sessions?${NOVEMBER}`, headers: ctx.scenario.east }),
    );
    expect(sessions).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('lists a store’s sessions in the range, newest first, live ones included', async () => {
    const { A, B } = ctx.scenario.stores;
    const sessions = async (code: string, query = NOVEMBER) =>
      ok(
        await ctx.hub.app.inject({ url: `/v1/results/stores/${code}/sessions?${query}`, headers: ctx.scenario.hq }),
        ResultSessionsResponse,
      ).sessions;
    expect(await sessions(A.code)).toEqual([
      {
        sessionId: 'A2',
        showName: 'Daily',
        startedAt: china(2, 23, 30),
        endedAt: china(2, 23, 50),
        durationMs: 20 * 60_000,
        live: false,
        gmvFen: 200_000,
        peakViewers: null,
      },
      {
        sessionId: 'A1',
        showName: 'Double 11',
        startedAt: china(1, 20),
        endedAt: china(1, 21),
        durationMs: 60 * 60_000,
        live: false,
        gmvFen: 600_000,
        peakViewers: 500,
      },
    ]);
    expect(await sessions(B.code, `${NOVEMBER}&show=Daily`)).toEqual([
      {
        sessionId: 'B2',
        showName: 'Daily',
        startedAt: china(3, 0, 30),
        endedAt: null,
        durationMs: SCENARIO_NOW - china(3, 0, 30),
        live: true,
        gmvFen: null,
        peakViewers: 100,
      },
    ]);
    expect(
      refusal(await ctx.hub.app.inject({ url: `/v1/results/stores/NOPE/sessions?${NOVEMBER}`, headers: ctx.scenario.hq })),
    ).toMatchObject({
      status: 404,
    });
  });

  it('refuses a date that does not exist and a reversed range, naming the field', async () => {
    const bad = refusal(await ctx.hub.app.inject({ url: '/v1/results?from=2026-02-30&to=2026-03-01', headers: ctx.scenario.hq }));
    expect(bad).toMatchObject({ status: 400, code: 'INVALID_PAYLOAD' });
    expect(bad.message).toMatch(/query\.from: 2026-02-30 is not a date/);
    const reversed = refusal(await ctx.hub.app.inject({ url: '/v1/results?from=2026-11-30&to=2026-11-01', headers: ctx.scenario.hq }));
    expect(reversed.message).toMatch(/query\.to: 2026-11-01 is before from/);
  });
});
