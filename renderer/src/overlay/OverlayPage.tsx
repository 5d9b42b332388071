import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Canvas } from '../../../shared/domain/overlay/namedLayouts';
import { emptyOverlayContent, overlayContent, showsLogo } from '../../../shared/domain/overlay/overlayContent';
import type { ApiClient } from '../api/client';
import type { LiveFeedState } from '../secondScreen/liveFeedStore';
import { useConnectionStatus } from '../secondScreen/useConnectionStatus';
import type { ImageCacheState } from './imageCache';
import { useImageUrls } from './imageCache';
import { OverlayView } from './OverlayView';
import { useStable } from './useStable';

/** The browser source's size is the page's: the graphics are laid out for exactly that canvas. */
function useViewportSize(): Canvas {
  const [size, setSize] = useState<Canvas>(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () =>
      setSize((s) =>
        s.width === window.innerWidth && s.height === window.innerHeight ? s : { width: window.innerWidth, height: window.innerHeight },
      );
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/**
 * The overlay page: LiveCue's graphics for the live session, over a transparent page that OBS composites on the
 * camera. While the backend is away the last picture stays (countdowns keep running to their deadlines); only a
 * token the backend refuses shows a line of text, so whoever sets up OBS sees why nothing appears.
 */
export function OverlayPage({
  client,
  store,
  images,
}: {
  client: ApiClient;
  store: StoreApi<LiveFeedState>;
  images: StoreApi<ImageCacheState>;
}) {
  const view = useStore(store, (s) => s.view);
  const storedTheme = useStore(store, (s) => s.settings?.overlayTheme ?? null);
  const offset = useStore(store, (s) => s.clockOffset);
  const status = useConnectionStatus(client);
  const canvas = useViewportSize();

  const content = useStable(view ? overlayContent(view.state) : emptyOverlayContent());
  const theme = useStable(storedTheme);
  const logoHash = showsLogo(view?.state ?? null) ? (theme?.logo ?? null) : null;
  const logo = useMemo(() => (logoHash === null ? null : { hash: logoHash, path: null }), [logoHash]);
  const serverNow = useCallback(() => Date.now() + offset, [offset]);
  const imageUrl = useImageUrls(images, [content.product?.image?.hash, logoHash]);

  useEffect(() => client.onReconnect(() => images.getState().forgetFailed()), [client, images]);

  if (status.state === 'unauthorized') return <RefusedNotice />;
  if (theme === null) return null;
  return (
    <OverlayView
      testId="overlay-canvas"
      canvas={canvas}
      content={content}
      theme={theme}
      logo={logo}
      serverNow={serverNow}
      imageUrl={imageUrl}
    />
  );
}

/** Both languages: the page cannot know the user's before it may read the settings. */
function RefusedNotice() {
  return (
    <p className="overlay-refused" data-testid="overlay-refused" role="alert">
      直播画面链接无效或已更换：请在 LiveCue「设置 → 直播画面」中重新复制链接。
      <br />
      This overlay link is not valid (or was replaced): copy it again from LiveCue, Settings → Stream graphics.
    </p>
  );
}
