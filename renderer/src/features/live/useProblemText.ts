import { useTranslation } from 'react-i18next';
import type { LiveProblem } from './liveStore';

/** Refusals the console explains in the operator's language; anything else shows the backend's message. */
const KNOWN_ERRORS = [
  'SESSION_LIVE',
  'SHOW_EMPTY',
  'SHOW_INVALID',
  'stale_standby',
  'debounced',
  'no_standby',
  'at_start',
  'not_running',
  'not_a_product',
  'unknown_cue',
  'session_ended',
  'counter_below_zero',
  'UNAVAILABLE',
] as const;

export function useProblemText(): (p: LiveProblem) => string {
  const { t } = useTranslation();
  return (p) => {
    const known = KNOWN_ERRORS.find((k) => k === p.reason);
    return known ? t(`live.errors.${known}`) : t('live.errors.other', { message: p.message });
  };
}

/** Whether focus is in a field that takes typing, where console keys must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}
