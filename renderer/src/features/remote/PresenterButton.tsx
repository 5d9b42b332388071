import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESENTER_PAGE_PATH, TOKEN_PARAM } from '../../../../shared/api/wire';
import { useAppState } from '../../state/AppStateContext';

/** The presenter page's address on this host, opened with the console's own token (it reads, never commands). */
export function presenterUrl(location: { origin: string; search: string }): string | null {
  const token = new URLSearchParams(location.search).get(TOKEN_PARAM);
  return token ? `${location.origin}${PRESENTER_PAGE_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}` : null;
}

/** 打开提词器: the prompter in a window of its own, to drag onto a second monitor. */
export const PresenterButton = memo(function PresenterButton({ className = 'button' }: { className?: string }) {
  const { t } = useTranslation();
  const { client } = useAppState();
  // In the browser (npm run serve) the page is on this host; the desktop app opens a window of its own for it.
  const inApp = client.transportKind === 'ipc';
  const url = inApp ? null : presenterUrl(window.location);
  if (!inApp && url === null) return null;
  return (
    <button
      type="button"
      className={className}
      data-testid="open-presenter"
      title={t('remote.openPresenterHint')}
      onClick={() => {
        if (url) window.open(url, 'livecue-presenter', 'popup,width=1280,height=720');
        else
          void client
            .call('remote.openPresenter', {})
            .catch((error: unknown) => console.error('[livecue] opening the prompter failed', error));
      }}
    >
      {t('remote.openPresenter')}
    </button>
  );
});
