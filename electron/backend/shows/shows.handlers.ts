import type { showsMethods } from '../../../shared/api/methods/shows.methods';
import type { BackendContext } from '../backendContext';
import { DomainError } from '../dispatch/domainError';
import type { DomainHandlers } from '../dispatch/handlers';
import { createShowsDao } from './shows.dao';
import type { ShowsService } from './shows.service';

export function createShowsHandlers(ctx: BackendContext, shows: ShowsService): DomainHandlers<typeof showsMethods> {
  const dao = createShowsDao(ctx.db);

  /**
   * A show from head office is the same in every store: the store duplicates it to change it. Checked here,
   * not in the service, because head-office sync itself replaces such a show through the service.
   */
  function editable<T>(showId: string | undefined, change: () => T): T {
    const show = showId === undefined ? undefined : dao.getShow(showId);
    if (!show?.origin) return change();
    throw new DomainError(
      'CONFLICT',
      `“${show.name}” comes from head office and cannot be changed here; duplicate it to make your own copy`,
      {
        reason: 'FROM_HEAD_OFFICE',
      },
    );
  }
  const showOfCue = (id: string) => dao.getCue(id)?.showId;

  return {
    'show.create': (input) => shows.createShow(input),
    'show.get': ({ id }) => shows.getShow(id),
    'show.update': ({ id, ...patch }) => editable(id, () => shows.updateShow(id, patch)),
    'show.duplicate': ({ id }) => shows.duplicateShow(id),
    'show.delete': ({ id }) => editable(id, () => shows.deleteShow(id)),
    'show.list': (query) => shows.listShows(query),

    'cue.insert': (draft) => editable(draft.showId, () => shows.insertCue(draft)),
    'cue.update': ({ id, ...patch }) => editable(showOfCue(id), () => shows.updateCue(id, patch)),
    'cue.move': ({ id, ...place }) => editable(showOfCue(id), () => shows.moveCue(id, place)),
    'cue.delete': ({ id }) => editable(showOfCue(id), () => shows.deleteCue(id)),
    'cue.list': ({ showId }) => shows.listCues(showId),
  };
}
