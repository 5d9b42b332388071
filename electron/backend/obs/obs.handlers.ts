import type { obsMethods } from '../../../shared/api/methods/obs.methods';
import type { DomainHandlers } from '../dispatch/handlers';
import type { ObsService } from './obs.service';

export function createObsHandlers(obs: ObsService): DomainHandlers<typeof obsMethods> {
  return {
    'obs.status': () => obs.status(),
    'obs.configure': (input) => obs.configure(input),
    'obs.reconnect': () => obs.reconnect(),
    'obs.run': async ({ actions }) => ({ results: await obs.runNow(actions) }),
    'obs.output': ({ output, action }) => obs.output(output, action),
    'obs.recordChapter': ({ name }) => obs.recordChapter(name),
    'obs.setup': (input) => obs.setup(input),
    'obs.cameraOptions': () => obs.cameraOptions(),
    'obs.preflight': ({ showId }) => obs.preflight(showId),
    'obs.screenshot': ({ source, width }) => obs.screenshot(source, width),
    'obs.health': () => obs.health(),
  };
}
