import type { ProducerCaller } from '../http/hubAuth';

/**
 * The operator at the hub's command line: they hold the database itself, so they act as an admin over
 * every region. The CLI goes through the same functions as the web console with this account.
 */
export const OPERATOR: ProducerCaller = { kind: 'producer', username: 'operator', displayName: 'operator', role: 'admin', regions: [] };
