import { useEffect, useRef } from 'react';
import { AboutSection } from './AboutSection';
import { LanguageSection } from './LanguageSection';
import { LiveSection } from './LiveSection';
import { ObsSection } from './ObsSection';
import { StreamGraphicsSection } from './StreamGraphicsSection';
import './settings.css';

/** `aboutRequest` changes when the status bar's About button is pressed: bring About into view and focus it. */
export function SettingsArea({ aboutRequest }: { aboutRequest: number }) {
  const aboutRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (aboutRequest === 0) return;
    aboutRef.current?.scrollIntoView({ block: 'start' });
    aboutRef.current?.focus();
  }, [aboutRequest]);

  return (
    <div className="settings">
      <LanguageSection />
      <LiveSection />
      <StreamGraphicsSection />
      <ObsSection />
      <AboutSection ref={aboutRef} />
    </div>
  );
}
