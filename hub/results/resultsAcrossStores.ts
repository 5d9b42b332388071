import type { ResultSession, ResultsExportQuery, ResultsQuery, ResultsResponse } from '../../shared/api/hub/hubConsole';
import type { HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';
import type { RawBody } from '../http/registerEndpoints';

// Placeholders until the results queries land.
export async function queryResults(_db: HubQueryable, _caller: ProducerCaller, _query: ResultsQuery): Promise<ResultsResponse> {
  throw new HubHttpError('INTERNAL', 'not built');
}
export async function exportResults(_db: HubQueryable, _caller: ProducerCaller, _query: ResultsExportQuery): Promise<RawBody> {
  throw new HubHttpError('INTERNAL', 'not built');
}
export async function resultSessions(
  _db: HubQueryable,
  _caller: ProducerCaller,
  _storeCode: string,
  _query: ResultsQuery,
): Promise<{ sessions: ResultSession[] }> {
  throw new HubHttpError('INTERNAL', 'not built');
}
