import type { ResultsExportQuery } from '../../shared/api/hub/hubConsole';
import type { HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';
import type { RawBody } from '../http/registerEndpoints';

// Placeholder until the results export lands.
export async function exportResults(_db: HubQueryable, _caller: ProducerCaller, _query: ResultsExportQuery): Promise<RawBody> {
  throw new HubHttpError('INTERNAL', 'not built');
}
