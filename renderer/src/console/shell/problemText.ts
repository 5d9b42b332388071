import type { TFunction } from 'i18next';
import { HubRequestError } from '../../../../shared/api/hub/hubClient';

/** A failed call, said for the page: unreachable and forbidden in plain words, anything else with the hub's message. */
export function problemText(t: TFunction, error: unknown): string {
  if (error instanceof HubRequestError) {
    if (error.problem === 'UNREACHABLE') return t('console.problem.unreachable');
    if (error.hubCode === 'FORBIDDEN') return t('console.problem.forbidden');
  }
  return t('console.problem.failed', { message: error instanceof Error ? error.message : String(error) });
}
