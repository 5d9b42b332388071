import { useEffect } from 'react';
import { isLive } from './revision';
import { useLive, useLiveStore } from './useLiveStore';

/** Whether a key event asks for live mode to toggle: F11 alone (reserved for it: no cue may take F11). */
function isLiveModeKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return e.key === 'F11' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey;
}

/**
 * Live mode as the shell runs it: F11 toggles it from any area while a session is live (going to the Live area), Esc
 * leaves it, and the window goes full screen with it where the browser allows (leaving full screen by the browser's
 * own Esc leaves live mode too). Returns whether live mode is on, for the shell to hide its sidebar and status bar.
 */
export function useLiveMode(showLiveArea: () => void): boolean {
  const store = useLiveStore();
  const liveMode = useLive((s) => s.liveMode);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const s = store.getState();
      if (isLiveModeKey(e)) {
        e.preventDefault();
        if (e.repeat) return;
        if (s.liveMode) s.setLiveMode(false);
        else if (isLive(s.view)) {
          showLiveArea();
          s.setLiveMode(true);
        }
        return;
      }
      // Esc leaves live mode before anything else sees it (PANIC arms on Esc), except inside an inline question
      // ("End session?"), whose own Esc backs out of the question.
      if (e.key === 'Escape' && s.liveMode && !(e.target instanceof Element && e.target.closest('.confirm'))) {
        e.preventDefault();
        s.setLiveMode(false);
      }
    };
    // Capture: ahead of the console's own keys.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store, showLiveArea]);

  useEffect(() => {
    if (liveMode && !document.fullscreenElement) {
      // Refused without a user gesture or where the window may not go full screen: live mode still fills the window.
      document.documentElement.requestFullscreen?.().catch(() => {});
    } else if (!liveMode && document.fullscreenElement) {
      void document.exitFullscreen().catch(() => {});
    }
  }, [liveMode]);

  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) store.getState().setLiveMode(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store]);

  return liveMode;
}
