import { useEffect } from 'react';
import { type AreaId, areaForShortcut } from '../ui/areas';

/** Ctrl/Cmd+1..5 switch areas from anywhere in the window, including while a field has focus. */
export function useAreaHotkeys(isMac: boolean, go: (area: AreaId) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || event.defaultPrevented) return;
      const area = areaForShortcut(event, isMac);
      if (!area) return;
      event.preventDefault();
      go(area);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isMac, go]);
}
