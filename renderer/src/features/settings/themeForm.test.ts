import { describe, expect, it } from 'vitest';
import { layoutOverlay } from '../../../../shared/domain/overlay/overlayLayout';
import { defaultOverlayTheme } from '../../../../shared/domain/overlay/overlayTheme';
import { sampleContent } from './previewSamples';
import { opacityFromPercent, opacityPercent, sameTheme, themeColour } from './themeForm';

describe('stream graphics form', () => {
  it('shows opacity in whole percent and stores 0–1', () => {
    expect(opacityPercent({ panelOpacity: 0.72 })).toBe(72);
    expect(opacityFromPercent(72)).toBe(0.72);
    expect(opacityFromPercent(140)).toBe(1);
    expect(opacityFromPercent(-3)).toBe(0);
  });

  it('stores colours as #RRGGBB and refuses anything else', () => {
    expect(themeColour('#ff3b30')).toBe('#FF3B30');
    for (const bad of ['red', '#fff', '#12345g', '']) expect(themeColour(bad)).toBeNull();
  });

  it('compares themes by value', () => {
    expect(sameTheme(defaultOverlayTheme, { ...defaultOverlayTheme })).toBe(true);
    expect(sameTheme(defaultOverlayTheme, { ...defaultOverlayTheme, accent: '#000000' })).toBe(false);
  });

  it('has sample graphics for the preview whose texts fit without being cut, in both languages', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      for (const canvas of [
        { width: 1080, height: 1920 },
        { width: 1920, height: 1080 },
      ]) {
        const layout = layoutOverlay(canvas, sampleContent(language, 0), { ...defaultOverlayTheme, language }, 0);
        for (const part of layout.parts)
          if (part.kind === 'text') expect(part.lines.join(' '), `${language} ${part.id}`).not.toContain('…');
      }
    }
  });
});
