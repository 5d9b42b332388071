import type { PublicationStatus, PublicationStoreStatus } from '../../shared/api/hub/hubConsole';
import type { HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';

// Placeholders until the publications page's queries land.
export async function publicationsStatus(_db: HubQueryable, _caller: ProducerCaller): Promise<{ publications: PublicationStatus[] }> {
  throw new HubHttpError('INTERNAL', 'not built');
}
export async function publicationStores(
  _db: HubQueryable,
  _caller: ProducerCaller,
  _publicationId: number,
): Promise<{ stores: PublicationStoreStatus[] }> {
  throw new HubHttpError('INTERNAL', 'not built');
}
