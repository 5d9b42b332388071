import { useEffect, useRef } from 'react';
import { HeadOfficeSection } from '../features/headOffice/HeadOfficeSection';
import { RemoteSection } from '../features/remote/RemoteSection';
import { AboutSection } from '../features/settings/AboutSection';
import { LanguageSection } from '../features/settings/LanguageSection';
import { LiveSection } from '../features/settings/LiveSection';
import { ObsSection } from '../features/settings/ObsSection';
import { StreamGraphicsSection } from '../features/settings/StreamGraphicsSection';
import '../features/settings/settings.css';
import '../ui/field.css';

export type SettingsSection = 'about' | 'headOffice' | 'obs' | 'graphics';

/** The OBS parts the first-show guide opens, and the field or button to start with there. */
const OBS_PARTS = {
  obs: { part: '[data-testid="settings-obs"]', focus: '[data-testid="obs-url"]' },
  graphics: { part: '[data-testid="graphics-setup"]', focus: '[data-testid="obs-setup"]:not(:disabled)' },
} as const;

/**
 * `request` changes when the status bar or the first-show guide asks for a section (About, head office, the OBS
 * connection, building the graphics): bring that section into view and focus it. `n` is new each time, so a second
 * click scrolls there again.
 */
export function SettingsArea({ request }: { request: { section: SettingsSection; n: number } | null }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const aboutRef = useRef<HTMLElement>(null);
  const headOfficeRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!request) return;
    if (request.section === 'obs' || request.section === 'graphics') {
      const { part, focus } = OBS_PARTS[request.section];
      rootRef.current?.querySelector(part)?.scrollIntoView({ block: 'start' });
      rootRef.current?.querySelector<HTMLElement>(`${part} ${focus}`)?.focus({ preventScroll: true });
      return;
    }
    const section = request.section === 'about' ? aboutRef.current : headOfficeRef.current;
    section?.scrollIntoView({ block: 'start' });
    section?.focus();
  }, [request]);

  return (
    <div className="settings" ref={rootRef}>
      <LanguageSection />
      <LiveSection />
      <StreamGraphicsSection />
      <ObsSection />
      <RemoteSection />
      <HeadOfficeSection ref={headOfficeRef} />
      <AboutSection ref={aboutRef} />
    </div>
  );
}
