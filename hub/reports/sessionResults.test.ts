import { afterAll, describe, expect, it } from 'vitest';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { resultsScenarioHub, SCENARIO_NOW } from '../../test/support/hub/resultsScenario';

afterAll(stopHubBackends);

/** The flat rows written with each review, read back as the results queries see them. */
describe.each(hubBackends())('session result rows on $name', (backend) => {
  const ctx = resultsScenarioHub(backend);

  const sessionRow = async (store: 'A' | 'B' | 'C', sessionId: string) =>
    (
      await ctx.hub.db.query<Record<string, unknown>>('SELECT * FROM session_results WHERE store_id = $1 AND session_id = $2', [
        ctx.scenario.stores[store].id,
        sessionId,
      ])
    )[0];

  it('holds an ended session’s totals, explain time, and no live figures', async () => {
    expect(await sessionRow('A', 'A1')).toMatchObject({
      show_id: 'show1',
      show_name: 'Double 11',
      live: false,
      gmv_fen: 600_000,
      orders: 10,
      buyers: 8,
      views: 20_000,
      unique_viewers: 4_000,
      peak_viewers: 500,
      explain_ms: 20 * 60_000,
      current_cue: null,
      viewers_online: null,
      duration_ms: 60 * 60_000,
      computed_at: SCENARIO_NOW,
    });
  });

  it('holds a live session’s cue on air and latest viewers online', async () => {
    expect(await sessionRow('B', 'B2')).toMatchObject({
      live: true,
      current_cue: '开场',
      viewers_online: 100,
      ended_at: null,
      gmv_fen: null,
    });
  });

  it('keeps the platform’s buyers apart from typed ones, and names products, coupons and tasks as the review does', async () => {
    const products = await ctx.hub.db.query<Record<string, unknown>>(
      `SELECT session_id, product_id, title, explain_ms, explain_count, orders, buyers, gmv_fen, clicks, platform_buyers
         FROM session_product_results WHERE store_id = ANY ($1::uuid[]) ORDER BY session_id, product_id`,
      [[ctx.scenario.stores.A.id, ctx.scenario.stores.B.id]],
    );
    expect(products).toEqual([
      {
        session_id: 'A1',
        product_id: 'p1',
        title: '口红',
        explain_ms: 1_200_000,
        explain_count: 1,
        orders: 10,
        buyers: 8,
        gmv_fen: 600_000,
        clicks: 500,
        platform_buyers: null,
      },
      {
        session_id: 'A2',
        product_id: 'p1',
        title: '口红（返场）',
        explain_ms: 600_000,
        explain_count: 1,
        orders: 4,
        buyers: 4,
        gmv_fen: 200_000,
        clicks: null,
        platform_buyers: null,
      },
      {
        session_id: 'B1',
        product_id: 'p2',
        title: '精华',
        explain_ms: 300_000,
        explain_count: 1,
        orders: 3,
        buyers: 30,
        gmv_fen: 300_000,
        clicks: 400,
        platform_buyers: 30,
      },
      {
        session_id: 'B1',
        product_id: 'p3',
        title: '面膜',
        explain_ms: 0,
        explain_count: 0,
        orders: null,
        buyers: 2,
        gmv_fen: null,
        clicks: 100,
        platform_buyers: 2,
      },
    ]);
    const items = await ctx.hub.db.query<Record<string, unknown>>(
      `SELECT session_id, kind, item_id, title, runs, counted, met FROM session_item_results
        WHERE store_id = ANY ($1::uuid[]) ORDER BY session_id, kind, item_id`,
      [[ctx.scenario.stores.A.id, ctx.scenario.stores.B.id]],
    );
    expect(items).toEqual([
      { session_id: 'A1', kind: 'coupon', item_id: 'cp1', title: '满减券', runs: 2, counted: null, met: null },
      { session_id: 'A1', kind: 'task', item_id: 't1', title: '关注目标', runs: 1, counted: true, met: true },
      { session_id: 'B1', kind: 'task', item_id: 't1', title: '关注任务', runs: 1, counted: true, met: false },
    ]);
  });

  it('replaces a session’s rows when its review is recomputed, and drops them with it', async () => {
    const { A } = ctx.scenario.stores;
    await ctx.hub.db.query('UPDATE session_reports SET stale = true WHERE store_id = $1', [A.id]);
    await ctx.hub.db.query("UPDATE session_results SET gmv_fen = 1 WHERE store_id = $1 AND session_id = 'A1'", [A.id]);
    expect(await ctx.hub.refreshReports()).toBe(2);
    expect(await sessionRow('A', 'A1')).toMatchObject({ gmv_fen: 600_000 });
    const count = async () =>
      (await ctx.hub.db.query<{ n: number }>('SELECT count(*) AS n FROM session_product_results WHERE store_id = $1', [A.id]))[0]?.n;
    expect(await count()).toBe(2);
    await ctx.hub.db.query("DELETE FROM session_reports WHERE store_id = $1 AND session_id = 'A2'", [A.id]);
    expect(await sessionRow('A', 'A2')).toBeUndefined();
    expect(await count()).toBe(1);
  });
});
