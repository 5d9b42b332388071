import type { TFunction } from 'i18next';
import { HubRequestError } from '../../../../shared/api/hub/hubClient';

/**
 * A failed call, said for the page: unreachable and forbidden in plain words, anything else with the hub's message.
 * An unreachable hub on a polled page (the default) says the last answer stays and is retried; `once` (a single request
 * the reader asked for) says to check the network and try again.
 */
export function problemText(t: TFunction, error: unknown, { once = false }: { once?: boolean } = {}): string {
  if (error instanceof HubRequestError) {
    if (error.problem === 'UNREACHABLE') return t(once ? 'console.problem.unreachableOnce' : 'console.problem.unreachable');
    if (error.hubCode === 'FORBIDDEN') return t('console.problem.forbidden');
  }
  return t('console.problem.failed', { message: error instanceof Error ? error.message : String(error) });
}
