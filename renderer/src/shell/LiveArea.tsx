import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Console } from '../features/live/Console';
import { EndedPanel } from '../features/live/EndedPanel';
import { isLive } from '../features/live/revision';
import { ShowPicker } from '../features/live/ShowPicker';
import { useLive } from '../features/live/useLiveStore';
import type { GuideTarget } from '../ui/guideTarget';
import { FirstShowChecklist } from './firstShow/FirstShowChecklist';
import { useChecklistShown, useFirstShow, useFirstShowStore } from './firstShow/useFirstShow';
import '../features/live/live.css';
import '../features/live/picker.css';

const PARTS = { preflight: 'live-preflight', start: 'live-start' } as const;

/**
 * The Live area: the show picker with its preflight (beside the first-show guide until the first session), or the
 * console while a session is live.
 */
export function LiveArea({ onOpen }: { onOpen(target: GuideTarget): void }) {
  const view = useLive((s) => s.view);
  const ref = useRef<HTMLElement>(null);
  // An ended session (结束直播 here or elsewhere) keeps its panel, with the way to its review, until the operator leaves it.
  if (view !== null && view.state.phase === 'ended') {
    return (
      <section className="live">
        <EndedPanel view={view} />
      </section>
    );
  }
  if (isLive(view)) {
    return (
      <section className="live">
        <Console state={view.state} />
      </section>
    );
  }
  // The guide's last two steps are on this screen: bring them into view and put the focus there.
  const reveal = (part: keyof typeof PARTS) => {
    const found = ref.current?.querySelector<HTMLElement>(`[data-testid="${PARTS[part]}"]`);
    const target = found ?? ref.current?.querySelector<HTMLElement>('[data-testid="live-show-select"], [data-testid="live-create-show"]');
    target?.scrollIntoView({ block: 'nearest' });
    (part === 'preflight' ? target?.querySelector<HTMLElement>('button') : target)?.focus();
  };
  return (
    <section className="live" ref={ref}>
      <PickerWithGuide onOpen={onOpen} onReveal={reveal} />
    </section>
  );
}

function PickerWithGuide({ onOpen, onReveal }: { onOpen(target: GuideTarget): void; onReveal(part: keyof typeof PARTS): void }) {
  const { t } = useTranslation();
  const shown = useChecklistShown();
  const sessionCount = useFirstShow((s) => s.sessionCount);
  const store = useFirstShowStore();
  return (
    <div className={`live-home${shown ? ' live-home--guided' : ''}`}>
      {shown && <FirstShowChecklist onOpen={onOpen} onReveal={onReveal} />}
      <div className="live-home__picker">
        <ShowPicker onOpen={onOpen} />
        {!shown && sessionCount !== null && (
          <button
            type="button"
            className="button button--quiet live-home__guide"
            data-testid="first-show-reopen"
            onClick={() => store.getState().setReopened(true)}
          >
            {t('firstShow.checklist.reopen')}
          </button>
        )}
      </div>
    </div>
  );
}
