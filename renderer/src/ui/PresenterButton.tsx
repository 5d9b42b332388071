import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESENTER_PAGE_PATH, TOKEN_PARAM } from '../../../shared/api/wire';
import { useAppState } from '../state/AppStateContext';

/**
 * The presenter page's address on this host, with the overlay page's token: it reads the show and commands nothing,
 * so the prompter (on a tablet, say) never holds the console's own token. null without an overlay link.
 */
export function presenterUrl(origin: string, overlayUrl: string | null): string | null {
  if (overlayUrl === null) return null;
  let token: string | null;
  try {
    token = new URL(overlayUrl).searchParams.get(TOKEN_PARAM);
  } catch {
    return null;
  }
  return token ? `${origin}${PRESENTER_PAGE_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}` : null;
}

/** 打开提词器: the prompter in a window of its own, to drag onto a second monitor. */
export const PresenterButton = memo(function PresenterButton({ className = 'button' }: { className?: string }) {
  const { t } = useTranslation();
  const { client } = useAppState();
  // In the browser (npm run serve) the page is on this host; the desktop app opens a window of its own for it.
  const inApp = client.transportKind === 'ipc';
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (inApp) return;
    let current = true;
    client
      .call('overlay.info', {})
      .then((info) => current && setUrl(presenterUrl(window.location.origin, info.url)))
      .catch(() => {
        // No overlay link, no button: the prompter is never opened with the console's token.
      });
    return () => {
      current = false;
    };
  }, [client, inApp]);
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
