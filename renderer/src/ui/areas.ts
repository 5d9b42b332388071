/** The areas of the console, in navigation order; Ctrl/Cmd+1..5 follow this order. */
export const AREAS = ['live', 'shows', 'products', 'reports', 'settings'] as const;
export type AreaId = (typeof AREAS)[number];

interface ShortcutKey {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The area a key press asks for, or null. Ctrl on Windows/Linux, Cmd on macOS; the digit row or the keypad. */
export function areaForShortcut(event: ShortcutKey, isMac: boolean): AreaId | null {
  const modifier = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!modifier || event.altKey || event.shiftKey) return null;
  // `code` keeps working on layouts where the digit row types other characters (e.g. AZERTY).
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code ?? '')?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : undefined);
  if (digit === undefined) return null;
  return AREAS[Number(digit) - 1] ?? null;
}

export function isMacPlatform(nav: Pick<Navigator, 'platform' | 'userAgent'>): boolean {
  return /Mac|iPhone|iPad/i.test(nav.platform || nav.userAgent);
}
