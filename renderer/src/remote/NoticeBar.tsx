import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { isProblem, type PhoneNotice, type PhoneState } from './phoneStore';
import { yuanText } from './SalePad';

/** Refusals the runtime names: the console's own words for them. */
const KNOWN_REASONS = ['debounced', 'no_standby', 'at_start', 'not_running', 'unknown_cue', 'session_ended', 'counter_below_zero'] as const;

function useNoticeText(): (notice: PhoneNotice) => string {
  const { t } = useTranslation();
  return (n) => {
    switch (n.kind) {
      case 'fired':
        return t('phone.notice.fired', { title: n.title });
      case 'standby':
        return t('phone.notice.standby', { title: n.title });
      case 'counted':
        return t('phone.notice.counted', { name: t(`live.counters.${n.counter}`) });
      case 'sold':
        return t('phone.notice.sold', { orders: n.entry.orders, amount: yuanText(n.entry.gmvFen) });
      case 'undone':
        return t('phone.notice.undone', { orders: n.entry.orders, amount: yuanText(n.entry.gmvFen) });
      case 'panic':
        return t('phone.notice.panic');
      case 'stale':
        return n.standby === null ? t('phone.notice.staleNone') : t('phone.notice.stale', { title: n.standby });
      case 'revoked':
        return t('phone.revoked');
      case 'offline':
        return t('phone.notice.offline');
      case 'notLive':
        return t('phone.notice.notLive');
      case 'refused': {
        const known = KNOWN_REASONS.find((k) => k === n.reason);
        return known ? t(`live.errors.${known}`) : t('phone.notice.refused', { message: n.message });
      }
    }
  };
}

/** How long a confirmation stays; a refusal stays until dismissed or replaced. */
const CONFIRMATION_MS = 3000;

/** The last command's outcome, at the top of the screen where the thumb does not cover it. */
export function NoticeBar({ phone }: { phone: StoreApi<PhoneState> }) {
  const { t } = useTranslation();
  const notice = useStore(phone, (s) => s.notice);
  const text = useNoticeText();

  useEffect(() => {
    if (!notice || isProblem(notice)) return;
    const timer = setTimeout(() => {
      if (phone.getState().notice?.id === notice.id) phone.getState().dismiss();
    }, CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [notice, phone]);

  if (!notice) return <output className="phone-notice phone-notice--empty" data-testid="phone-notice" />;
  const problem = isProblem(notice);
  return (
    <div
      className={`phone-notice ${problem ? 'phone-notice--error' : 'phone-notice--ok'}`}
      data-testid="phone-notice"
      data-kind={notice.kind}
      role={problem ? 'alert' : 'status'}
    >
      <span className="phone-notice__text">{text(notice)}</span>
      {problem && (
        <button
          type="button"
          className="phone-notice__close"
          aria-label={t('phone.notice.dismiss')}
          onClick={() => phone.getState().dismiss()}
        >
          ×
        </button>
      )}
    </div>
  );
}
