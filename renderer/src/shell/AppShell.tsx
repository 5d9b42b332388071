import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GuideBar } from '../features/firstShow/GuideBar';
import type { GuideTarget } from '../features/firstShow/guideTarget';
import { LiveArea } from '../features/live/LiveArea';
import { ProductsArea } from '../features/products/ProductsArea';
import { ReportsArea } from '../features/reports/ReportsArea';
import { SettingsArea, type SettingsSection } from '../features/settings/SettingsArea';
import { ShowsArea } from '../features/shows/ShowsArea';
import { type AreaId, isMacPlatform } from './areas';
import { ConnectionBanner } from './ConnectionBanner';
import { DatabaseNoticeBanner } from './DatabaseNoticeBanner';
import { NavBar } from './NavBar';
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
    <div className="shell">
      <NavBar current={area} isMac={isMac} onSelect={go} />
      <main className="shell__main" aria-labelledby="area-title">
        <ConnectionBanner />
        <DatabaseNoticeBanner />
        <header className="area-header">
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
      <StatusBar onOpenSettings={openSettings} />
    </div>
  );
}
