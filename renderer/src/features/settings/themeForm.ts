import type { OverlayTheme } from '../../../../shared/domain/overlay/overlayTheme';

/** Panel opacity as the slider shows it: whole percent. */
export const opacityPercent = (theme: Pick<OverlayTheme, 'panelOpacity'>): number => Math.round(theme.panelOpacity * 100);

/** The slider's percent back to the stored 0–1, clamped. */
export const opacityFromPercent = (percent: number): number => Math.min(100, Math.max(0, Math.round(percent))) / 100;

/** A colour input's value (`#rrggbb`) as the theme stores it (`#RRGGBB`); anything else is null. */
export function themeColour(value: string): string | null {
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toUpperCase() : null;
}

export const sameTheme = (a: OverlayTheme | null, b: OverlayTheme | null): boolean => JSON.stringify(a) === JSON.stringify(b);
