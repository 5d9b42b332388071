import type { showsMethods } from '../../../shared/api/methods/shows.methods';
import type { BackendContext } from '../backendContext';
import type { DomainHandlers } from '../dispatch/handlers';
import { createShowsService } from './shows.service';

export function createShowsHandlers(ctx: BackendContext): DomainHandlers<typeof showsMethods> {
  const shows = createShowsService(ctx);
  return {
    'show.create': (input) => shows.createShow(input),
    'show.get': ({ id }) => shows.getShow(id),
    'show.update': ({ id, ...patch }) => shows.updateShow(id, patch),
    'show.duplicate': ({ id }) => shows.duplicateShow(id),
    'show.delete': ({ id }) => shows.deleteShow(id),
    'show.list': (query) => shows.listShows(query),

    'cue.insert': (draft) => shows.insertCue(draft),
    'cue.update': ({ id, ...patch }) => shows.updateCue(id, patch),
    'cue.move': ({ id, ...place }) => shows.moveCue(id, place),
    'cue.delete': ({ id }) => shows.deleteCue(id),
    'cue.list': ({ showId }) => shows.listCues(showId),
  };
}
