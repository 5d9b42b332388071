import { afterAll, beforeAll } from 'vitest';
import { createHub, type Hub } from '../../../hub/createHub';
import { IngestResponse } from '../../../shared/api/hub/hubIngest';
import { LoginResponse } from '../../../shared/api/hub/hubProducer';
import type { ReportEvent } from '../../../shared/domain/report/reportEvent';
import type { HubBackend } from '../../helpers/hubBackends';
import { productRow, sessionLog } from '../domain/reportFixtures';
import { asUploadEvents, enrollDevice, ok } from './hubTestKit';

/** China time (UTC+8) on a day of November 2026 (day 31 = 1 December). */
export const china = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour, minute) - 8 * 3_600_000;
const min = (t: number, minutes: number) => t + minutes * 60_000;

type Log = ReturnType<typeof sessionLog>;
/** A product's typed sales: orders, buyers and GMV counted together. */
const sold = (log: Log, at: number, productId: string, [orders, buyers, gmvFen]: [number, number, number]) =>
  log.count(at, 'orders', orders, productId).count(at, 'buyers', buyers, productId).count(at, 'gmvFen', gmvFen, productId);

/** The hub's clock in the scenario: after every session, while B2 is still live. */
export const SCENARIO_NOW = china(31, 12);

/**
 * Three stores in two regions and six sessions, figures chosen to be added up by hand (see resultsScenario's
 * expectations in the tests). A: 华东 / 旗舰店, B: 华东 / 社区店, C: 华南 / 旗舰店.
 *  A1 1 Nov 20:00  Double 11  GMV 6000.00, orders 10, buyers 8, views 20000, UV 4000, peak 500; 口红 p1 explained 20 min (typed
 *                  buyers, platform clicks 500 without buyers); coupon cp1 dropped twice; task t1 met (120/100)
 *  A2 2 Nov 23:30  Daily      GMV 2000.00, orders 4, buyers 4, views 10000; p1 explained 10 min as "口红（返场）"
 *  B1 1 Nov 19:00  Double 11  GMV 3000.00, orders 3, buyers 3, UV 2000, peak 800; 精华 p2 explained 5 min (platform: 400 clicks,
 *                  30 buyers); 面膜 p3 named by the platform file only (100 clicks, 2 buyers); task t1 not met (80/100)
 *  B2 3 Nov 00:30  Daily      live: views 5000, viewers online 100, cue 开场 on air (a China date of 3 Nov; 2 Nov in UTC)
 *  C1 2 Nov 10:00  Double 11  GMV 10000.00, orders 20, buyers 15, views 50000, UV 10000, peak 2000; p1 explained 30 min
 *                  (platform: 2000 clicks, 100 buyers)
 *  C2 1 Dec 07:00  Double 11  GMV 9.99 — 30 Nov 23:00 UTC, outside November in China time
 */
function scenarioSessions(): { store: 'A' | 'B' | 'C'; events: ReportEvent[] }[] {
  const a1 = china(1, 20);
  const a2 = china(2, 23, 30);
  const b1 = china(1, 19);
  const b2 = china(3, 0, 30);
  const c1 = china(2, 10);
  const c2 = china(31, 7);
  return [
    {
      store: 'A',
      events: sold(
        sessionLog('A1').started(a1, 'Double 11').cue(min(a1, 1), 'a1-p1', 'product', { productId: 'p1', title: '口红' }),
        min(a1, 5),
        'p1',
        [10, 8, 600_000],
      )
        .count(min(a1, 6), 'views', 20_000)
        .gauge(min(a1, 6), 'uniqueViewers', 4_000)
        .gauge(min(a1, 10), 'viewersOnline', 500)
        .cueEnded(min(a1, 21), 'a1-p1')
        .cue(min(a1, 21), 'a1-cp', 'coupon', { couponId: 'cp1', title: '满减券' })
        .coupon(min(a1, 22), 'cp1', 100, null)
        .coupon(min(a1, 23), 'cp1', 100, null)
        .cueEnded(min(a1, 24), 'a1-cp')
        .cue(min(a1, 24), 'a1-t1', 'task', { taskId: 't1', title: '关注目标', taskTarget: 100 })
        .task(min(a1, 30), 't1', 100, 120)
        .cueEnded(min(a1, 35), 'a1-t1')
        .platformProducts(min(a1, 50), [productRow('p1', { clicks: 500 })])
        .ended(min(a1, 60)).events,
    },
    {
      store: 'A',
      events: sold(
        sessionLog('A2').started(a2, 'Daily').cue(min(a2, 1), 'a2-p1', 'product', { productId: 'p1', title: '口红（返场）' }),
        min(a2, 2),
        'p1',
        [4, 4, 200_000],
      )
        .count(min(a2, 3), 'views', 10_000)
        .cueEnded(min(a2, 11), 'a2-p1')
        .ended(min(a2, 20)).events,
    },
    {
      store: 'B',
      events: sold(
        sessionLog('B1').started(b1, 'Double 11').cue(min(b1, 1), 'b1-p2', 'product', { productId: 'p2', title: '精华' }),
        min(b1, 2),
        'p2',
        [3, 3, 300_000],
      )
        .gauge(min(b1, 3), 'uniqueViewers', 2_000)
        .gauge(min(b1, 3), 'viewersOnline', 800)
        .cueEnded(min(b1, 6), 'b1-p2')
        .cue(min(b1, 6), 'b1-t1', 'task', { taskId: 't1', title: '关注任务', taskTarget: 100 })
        .task(min(b1, 8), 't1', 100, 80)
        .cueEnded(min(b1, 10), 'b1-t1')
        .platformProducts(min(b1, 30), [
          productRow('p2', { clicks: 400, buyers: 30 }),
          productRow('p3', { title: '面膜', clicks: 100, buyers: 2 }),
        ])
        .ended(min(b1, 40)).events,
    },
    {
      store: 'B',
      events: sessionLog('B2')
        .started(b2, 'Daily')
        .count(min(b2, 1), 'views', 5_000)
        .gauge(min(b2, 1), 'viewersOnline', 100)
        .cue(min(b2, 2), 'b2-open', 'scene', { title: '开场' }).events,
    },
    {
      store: 'C',
      events: sold(
        sessionLog('C1').started(c1, 'Double 11').cue(min(c1, 1), 'c1-p1', 'product', { productId: 'p1', title: '口红' }),
        min(c1, 2),
        'p1',
        [20, 15, 1_000_000],
      )
        .count(min(c1, 3), 'views', 50_000)
        .gauge(min(c1, 3), 'uniqueViewers', 10_000)
        .gauge(min(c1, 4), 'viewersOnline', 2_000)
        .cueEnded(min(c1, 31), 'c1-p1')
        .platformProducts(min(c1, 40), [productRow('p1', { clicks: 2_000, buyers: 100 })])
        .ended(min(c1, 45)).events,
    },
    {
      store: 'C',
      events: sessionLog('C2').started(c2, 'Double 11').count(min(c2, 1), 'gmvFen', 999).ended(min(c2, 10)).events,
    },
  ];
}

export interface ResultsScenario {
  stores: Record<'A' | 'B' | 'C', { code: string; id: string }>;
  /** Producer with every region; viewer limited to 华东. */
  hq: { authorization: string };
  east: { authorization: string };
}

let scenarioCount = 0;

/**
 * Creates the stores and accounts, uploads each session through the real ingest (a device per session, so
 * each log starts at seq 1), and refreshes the reviews. Store codes are unique per call: suites share a database.
 */
export async function ingestResultsScenario(hub: Hub): Promise<ResultsScenario> {
  const n = ++scenarioCount;
  const layout = { A: ['华东', '旗舰店'], B: ['华东', '社区店'], C: ['华南', '旗舰店'] } as const;
  const stores = {} as ResultsScenario['stores'];
  for (const [key, [region, group]] of Object.entries(layout) as [keyof typeof layout, readonly [string, string]][]) {
    const created = await hub.admin.createStore({ code: `R${n}${key}`, name: `门店${key}`, region, group });
    stores[key] = { code: created.code, id: created.id };
  }
  for (const { store, events } of scenarioSessions()) {
    const { auth } = await enrollDevice(hub, stores[store].code);
    await upload(hub, auth, events, SCENARIO_NOW);
  }
  while ((await hub.refreshReports()) > 0) {}
  await hub.admin.createAccount({ username: `hq${n}`, password: 'password1', role: 'producer' });
  await hub.admin.createAccount({ username: `east${n}`, password: 'password1', role: 'viewer', regions: ['华东'] });
  const token = async (username: string) => {
    const res = await hub.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username, password: 'password1' } });
    return { authorization: `Bearer ${ok(res, LoginResponse).token}` };
  };
  return { stores, hq: await token(`hq${n}`), east: await token(`east${n}`) };
}

/** Uploads a session's log through the real ingest, as one batch of epoch 1. */
export async function upload(hub: Hub, auth: { authorization: string }, events: ReportEvent[], sentAt: number): Promise<void> {
  const res = await hub.app.inject({
    method: 'POST',
    url: '/v1/events',
    headers: auth,
    payload: { epoch: 1, epochStart: 1, sentAt, events: asUploadEvents(events) },
  });
  ok(res, IngestResponse);
}

/** A hub on `backend` holding the scenario, for a suite: created before its tests, closed after them. */
export function resultsScenarioHub(backend: HubBackend): { readonly hub: Hub; readonly scenario: ResultsScenario } {
  let hub: Hub | null = null;
  let scenario: ResultsScenario | null = null;
  beforeAll(async () => {
    hub = await createHub({ database: await backend.database(), clock: () => SCENARIO_NOW, reportRefreshMs: null });
    scenario = await ingestResultsScenario(hub);
  }, 120_000);
  afterAll(() => hub?.close());
  const ready = <T>(value: T | null): T => {
    if (value === null) throw new Error('the scenario hub is not ready (used outside a test?)');
    return value;
  };
  return {
    get hub() {
      return ready(hub);
    },
    get scenario() {
      return ready(scenario);
    },
  };
}
