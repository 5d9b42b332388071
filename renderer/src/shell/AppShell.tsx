import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLive } from '../features/live/revision';
import { useLiveMode } from '../features/live/useLiveMode';
import { liveStoreFor, useLive } from '../features/live/useLiveStore';
import { ReportsArea } from '../features/reports/ReportsArea';
import { ShowsArea } from '../features/shows/ShowsArea';
import { useAppState } from '../state/AppStateContext';
import { AreaNavigation } from '../ui/areaNavigation';
import { type AreaId, isMacPlatform } from '../ui/areas';
import type { GuideTarget } from '../ui/guideTarget';
import { ConnectionBanner } from './ConnectionBanner';
import { DatabaseNoticeBanner } from './DatabaseNoticeBanner';
import { GuideBar } from './firstShow/GuideBar';
import { LiveArea } from './LiveArea';
import { NavBar } from './NavBar';
import { ProductsArea } from './ProductsArea';
import { SettingsArea, type SettingsSection } from './SettingsArea';
import { StatusBar } from './StatusBar';
import { useAreaHotkeys } from './useAreaHotkeys';
import './shell.css';

export function AppShell() {
  const { t } = useTranslation();
  const [area, setArea] = useState<AreaId>('live');
  const [settingsRequest, setSettingsRequest] = useState<{ section: SettingsSection; n: number } | null>(null);
  const isMac = useMemo(() => isMacPlatform(navigator), []);

  const go = useCallback((next: AreaId) => setArea(next), []);
  useAreaHotkeys(isMac, go);
  const showLiveArea = useCallback(() => setArea('live'), []);
  // Live mode is the Live area alone, full screen: no sidebar, no status bar (its header shows LIVE, REC and OBS).
  const liveMode = useLiveMode(showLiveArea) && area === 'live';
  // The live console fits the window (its lists scroll, never the page, so GO stays in view) and heads itself.
  const consoleShown = useLive((s) => isLive(s.view)) && area === 'live';
  const { client } = useAppState();
  // Another area (Ctrl+2…) ends live mode rather than hiding it behind that area.
  useEffect(() => {
    if (area !== 'live') liveStoreFor(client).getState().setLiveMode(false);
  }, [area, client]);

  const openSettings = useCallback((section: SettingsSection) => {
    setArea('settings');
    // A new number each time, so a second click scrolls to the section again.
    setSettingsRequest((r) => ({ section, n: (r?.n ?? 0) + 1 }));
  }, []);

  // The first-show guide's buttons: an area, or a section of Settings.
  const openTarget = useCallback(
    (target: GuideTarget) => (target.area === 'settings' ? openSettings(target.section) : setArea(target.area)),
    [openSettings],
  );

  return (
    <AreaNavigation.Provider value={go}>
      <div className={`shell${liveMode ? ' shell--live-mode' : ''}`} data-live-mode={liveMode}>
        {!liveMode && <NavBar current={area} isMac={isMac} onSelect={go} />}
        <main className={`shell__main${consoleShown ? ' shell__main--fit' : ''}`} aria-labelledby="area-title">
          <ConnectionBanner />
          <DatabaseNoticeBanner />
          <header className={`area-header${consoleShown ? ' visually-hidden' : ''}`}>
            <h1 className="area-header__title" id="area-title" data-testid="area-title" tabIndex={-1}>
              {t(`nav.${area}`)}
            </h1>
          </header>
          {area !== 'live' && area !== 'reports' && <GuideBar onBack={() => setArea('live')} />}
          <div className="area-body">
            {area === 'live' && <LiveArea onOpen={openTarget} />}
            {area === 'shows' && <ShowsArea />}
            {area === 'products' && <ProductsArea />}
            {area === 'reports' && <ReportsArea />}
            {area === 'settings' && <SettingsArea request={settingsRequest} />}
          </div>
        </main>
        {!liveMode && <StatusBar onOpenSettings={openSettings} />}
      </div>
    </AreaNavigation.Provider>
  );
}
