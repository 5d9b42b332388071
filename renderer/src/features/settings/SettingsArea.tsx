import { useEffect, useRef } from 'react';
import { HeadOfficeSection } from '../headOffice/HeadOfficeSection';
import { RemoteSection } from '../remote/RemoteSection';
import { AboutSection } from './AboutSection';
import { LanguageSection } from './LanguageSection';
import { LiveSection } from './LiveSection';
import { ObsSection } from './ObsSection';
import { StreamGraphicsSection } from './StreamGraphicsSection';
import './settings.css';

export type SettingsSection = 'about' | 'headOffice';

/**
 * `request` changes when the status bar asks for a section (its About button, its head-office item): bring that
 * section into view and focus it. `n` is new each time, so a second click scrolls there again.
 */
export function SettingsArea({ request }: { request: { section: SettingsSection; n: number } | null }) {
  const aboutRef = useRef<HTMLElement>(null);
  const headOfficeRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!request) return;
    const section = request.section === 'about' ? aboutRef.current : headOfficeRef.current;
    section?.scrollIntoView({ block: 'start' });
    section?.focus();
  }, [request]);

  return (
    <div className="settings">
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
