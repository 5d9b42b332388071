import type { HubClient } from '../../../../shared/api/hub/hubClient';
import type { ProducerAccount } from '../../../../shared/api/hub/hubProducer';

/** Placeholder: the results page is built on its own branch and replaces this file. */
export function ResultsPage(_props: { client: HubClient; token: string; account: ProducerAccount }) {
  return <p className="muted">not yet</p>;
}
