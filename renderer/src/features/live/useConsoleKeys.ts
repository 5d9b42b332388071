import { useEffect, useRef } from 'react';
import type { RuntimeCue } from '../../../../shared/domain/runtime';
import { cueForChord } from './hotkeyMatch';
import { isTyping } from './useProblemText';

interface ConsoleKeys {
  go(): void;
  fire(cue: RuntimeCue): void;
  cues: readonly RuntimeCue[];
}

/**
 * The console's window-wide keys: Space = GO, and each cue's own hotkey fires that cue. Neither acts while a
 * text field has focus, on key repeat (a held key must not fire twice), or on a key another handler already took.
 */
export function useConsoleKeys(keys: ConsoleKeys): void {
  const latest = useRef(keys);
  latest.current = keys;

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      if (e.code === 'Space' || e.key === ' ') {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        e.preventDefault();
        if (e.repeat) return;
        // A focused button would also take the Space as a click.
        if (e.target instanceof HTMLButtonElement) e.target.blur();
        latest.current.go();
        return;
      }
      const cue = cueForChord(latest.current.cues, e);
      if (!cue) return;
      // F1, F5 and the like have browser meanings; the cue wins while the console is shown.
      e.preventDefault();
      if (!e.repeat) latest.current.fire(cue);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
