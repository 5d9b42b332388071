import { useTranslation } from 'react-i18next';
import type { ConsoleStore } from '../../../../shared/api/hub/hubConsole';
import { count, yuan } from '../format/consoleFormat';

/** What a store has on air: the show and its cue on one line, viewers and GMV so far on the next. */
export function LiveNowCell({ store }: { store: ConsoleStore }) {
  const { t } = useTranslation();
  const live = store.live;
  if (live === null) return <span className="muted">{t('console.stores.notLive')}</span>;
  return (
    <span className="console-stack console-live">
      <span className="console-live__show">
        <span className="console-live__badge">{t('glossary.term.onAir')}</span>
        <span data-testid="store-live-show">{live.showName ?? t('console.stores.untitledShow')}</span>
      </span>
      <span className="console-live__cue" data-testid="store-live-cue">
        {live.currentCue ?? <span className="muted">{t('console.stores.betweenCues')}</span>}
      </span>
      <span className="console-live__figures">
        {live.viewersOnline !== null && (
          <span data-testid="store-live-viewers">{t('console.stores.viewers', { viewers: count(live.viewersOnline) })}</span>
        )}
        {live.gmvFen !== null && <span data-testid="store-live-gmv">{t('console.stores.gmv', { amount: yuan(live.gmvFen) })}</span>}
      </span>
    </span>
  );
}
