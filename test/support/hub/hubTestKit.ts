import type { LightMyRequestResponse } from 'fastify';
import type { z } from 'zod';
import type { Hub } from '../../../hub/createHub';
import { EnrollResponse } from '../../../shared/api/hub/hubDevice';
import { HubError } from '../../../shared/api/hub/hubErrors';
import type { UploadEvent } from '../../../shared/api/hub/hubIngest';
import type { ReportEvent } from '../../../shared/domain/report/reportEvent';

let storeCounter = 0;

/** A store with a unique code (suites share one database per file) and one enrolled device. */
export async function enrolledStore(hub: Hub, store: { region?: string; group?: string } = {}) {
  const code = `S${++storeCounter}-${Math.random().toString(36).slice(2, 8)}`;
  const created = await hub.admin.createStore({ code, name: `门店 ${code}`, ...store });
  const device = await enrollDevice(hub, code);
  return { store: created, ...device };
}

export async function enrollDevice(hub: Hub, storeCode: string) {
  const { code } = await hub.admin.issueEnrollmentCode(storeCode);
  const res = await hub.app.inject({
    method: 'POST',
    url: '/v1/enroll',
    payload: { code, deviceName: 'Front PC', appVersion: '0.1.0', localDeviceId: 'local-1' },
  });
  const enrolled = EnrollResponse.parse(res.json());
  return { deviceId: enrolled.deviceId, credential: enrolled.credential, auth: { authorization: `Bearer ${enrolled.credential}` } };
}

/** A made-up event at `seq`; `id` defaults to one derived from seq. */
export function event(seq: number, overrides: Partial<UploadEvent> = {}): UploadEvent {
  return {
    seq,
    eventId: `e-${seq}`,
    type: 'counter.incremented',
    schemaVersion: 1,
    sessionId: 'session-1',
    wallTime: 1_760_000_000_000 + seq,
    monoMs: seq * 10,
    payload: { seq },
    ...overrides,
  };
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The parsed body of a success, failing the test with the hub's own error when it refused. */
export function ok<S extends z.ZodType>(res: LightMyRequestResponse, schema: S): z.output<S> {
  if (res.statusCode !== 200) throw new Error(`Expected 200, got ${res.statusCode}: ${res.body}`);
  return schema.parse(res.json());
}

export function refusal(res: LightMyRequestResponse): { status: number; code: string; message: string } {
  const body = HubError.parse(res.json());
  return { status: res.statusCode, code: body.error.code, message: body.error.message };
}

/** A session's report events as a store uploads them (ids derived from seq; health samples carry no session). */
export function asUploadEvents(events: ReportEvent[]): UploadEvent[] {
  return events.map((e) => ({
    seq: e.seq,
    eventId: `ev-${e.seq}`,
    type: e.type,
    schemaVersion: 1,
    sessionId: e.type === 'obs.health' ? null : e.payload.sessionId,
    wallTime: e.payload.at,
    monoMs: e.seq,
    payload: e.payload,
  }));
}
