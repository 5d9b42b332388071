import { createHub, type Hub } from '../../hub/createHub';
import { EnrollResponse, type HubStore } from '../../shared/api/hub/hubDevice';
import { IngestResponse, type UploadEvent } from '../../shared/api/hub/hubIngest';
import { type PostgresCluster, postgresAvailable, startPostgresCluster } from '../helpers/postgresCluster';

/** A hub on a throwaway PostgreSQL cluster, listening on a free loopback port. */
export async function benchHub(): Promise<{ hub: Hub; url: string; databaseUrl: string; cluster: PostgresCluster; stop(): Promise<void> }> {
  if (!postgresAvailable()) throw new Error('The sync benchmarks need PostgreSQL (Debian: apt-get install postgresql).');
  const cluster = await startPostgresCluster();
  const databaseUrl = await cluster.createDatabase();
  const hub = await createHub({ database: { kind: 'postgres', url: databaseUrl }, validateResponses: false });
  const url = await hub.listen(0, '127.0.0.1');
  return {
    hub,
    url,
    databaseUrl,
    cluster,
    async stop() {
      await hub.close();
      await cluster.stop();
    },
  };
}

/** Creates a store and enrolls one device over HTTP; returns its credential. */
export async function enrollOverHttp(
  hub: Hub,
  url: string,
  storeCode: string,
): Promise<{ deviceId: string; storeId: string; credential: string; store: HubStore }> {
  const store = await hub.admin.createStore({ code: storeCode, name: `门店 ${storeCode}`, region: '华东', group: 'A' });
  const { code } = await hub.admin.issueEnrollmentCode(storeCode);
  const res = await fetch(`${url}/v1/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName: 'bench', appVersion: '0.1.0', localDeviceId: `local-${storeCode}` }),
  });
  if (!res.ok) throw new Error(`enroll ${storeCode}: ${res.status} ${await res.text()}`);
  const enrolled = EnrollResponse.parse(await res.json());
  return { deviceId: enrolled.deviceId, storeId: store.id, credential: enrolled.credential, store: enrolled.store };
}

const COUNTERS = ['likes', 'follows', 'fan_club', 'orders', 'viewers'] as const;

/** A show's worth of events shaped like a real session's: counters, cue starts and ends, stream health. */
export function showEvents(count: number, sessionId: string, startSeq = 1): UploadEvent[] {
  const t0 = 1_765_000_000_000;
  return Array.from({ length: count }, (_, i) => {
    const seq = startSeq + i;
    const kind = i % 10;
    const payload =
      kind === 0
        ? {
            cueId: `0194f3a1-7c2e-7000-8000-${String(i).padStart(12, '0')}`,
            trigger: 'go',
            standbyBefore: null,
            deadlineAt: t0 + i * 1440 + 300_000,
          }
        : kind === 1
          ? { outputs: { stream: { active: true, congestion: 0.02, droppedFrames: i % 7, totalFrames: i * 30 } }, fps: 30, renderMissed: 0 }
          : { counter: COUNTERS[i % COUNTERS.length], delta: 1 + (i % 3), source: 'console', amountFen: i % 5 === 3 ? 9_900 : null };
    return {
      seq,
      eventId: `0194f3a1-${seq.toString(16).padStart(4, '0').slice(-4)}-7${sessionId.slice(0, 3)}-8000-${seq.toString(16).padStart(12, '0')}`,
      type: kind === 0 ? 'cue.started' : kind === 1 ? 'obs.health' : 'counter.incremented',
      schemaVersion: 1,
      sessionId,
      wallTime: t0 + i * 1440,
      monoMs: i * 1440.5,
      payload,
    };
  });
}

/** Posts one batch to `/v1/events`; throws on anything but 200. */
export async function postBatch(url: string, credential: string, epoch: number, events: UploadEvent[]): Promise<IngestResponse> {
  const res = await fetch(`${url}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}` },
    body: JSON.stringify({ epoch, epochStart: 1, sentAt: Date.now(), events }),
  });
  if (!res.ok) throw new Error(`ingest: ${res.status} ${await res.text()}`);
  return IngestResponse.parse(await res.json());
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
