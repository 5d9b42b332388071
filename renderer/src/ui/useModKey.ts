import { useMemo } from 'react';
import { isMacPlatform } from './areas';

/** How the command key reads in a hint: "⌘" on a Mac, "Ctrl+" elsewhere. */
export function useModKey(): { isMac: boolean; mod: string } {
  const isMac = useMemo(() => isMacPlatform(navigator), []);
  return { isMac, mod: isMac ? '⌘' : 'Ctrl+' };
}
