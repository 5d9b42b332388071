import type { EventStore } from '../events/eventStore';
import type { createShowsDao } from './shows.dao';

/**
 * Deletes a show with its cues and logs `show.deleted` naming them, inside the caller's transaction. Shared by the
 * shows service and a head-office show replaced by its newer version (written on the import connection).
 */
export function removeShow(dao: ReturnType<typeof createShowsDao>, events: EventStore, id: string): void {
  const cueIds = dao.cueIdsOf(id);
  dao.deleteShow(id);
  events.append({ type: 'show.deleted', payload: { id, cueIds } });
}
