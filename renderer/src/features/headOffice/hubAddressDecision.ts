import { parseHubAddress } from '../../../../shared/domain/sync/hubAddress';

/** Why a typed address was refused, as a text key (the shared parser's messages are English, for logs). */
export type HubAddressProblem = 'empty' | 'notAddress' | 'scheme' | 'credentials' | 'query' | 'other';

/**
 * What to do with what the user typed before sending anything: refuse it at the field, send it, or ask first —
 * plain HTTP beyond this network would carry the credential unencrypted, so the user confirms that knowingly.
 */
export type HubAddressDecision =
  | { action: 'refuse'; problem: HubAddressProblem; text: string; detail: string }
  | { action: 'send'; url: string }
  | { action: 'confirm'; url: string };

const PROBLEMS: [RegExp, HubAddressProblem][] = [
  [/^Enter the/, 'empty'],
  [/is not a web address/, 'notAddress'],
  [/must start with/, 'scheme'],
  [/user name or password/, 'credentials'],
  [/\? or #/, 'query'],
];

export function hubAddressDecision(typed: string): HubAddressDecision {
  const parsed = parseHubAddress(typed);
  if (!parsed.ok) {
    const problem = PROBLEMS.find(([pattern]) => pattern.test(parsed.message))?.[1] ?? 'other';
    return { action: 'refuse', problem, text: typed.trim(), detail: parsed.message };
  }
  return parsed.kind === 'public-http' ? { action: 'confirm', url: parsed.url } : { action: 'send', url: parsed.url };
}
