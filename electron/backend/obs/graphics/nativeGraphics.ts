import { OBS_OVERLAY_SCENE, overlaySourceName } from '../../../../shared/domain/obsLayout';
import type { Box } from '../../../../shared/domain/overlay/namedLayouts';
import type { ImagePart, LayoutPart, OverlayLayout, RectPart, TextPart } from '../../../../shared/domain/overlay/overlayLayout';
import { PART_IDS, type PartId, partKind } from '../../../../shared/domain/overlay/overlayParts';
import type { ObsOp, ObsTransform } from '../obsOps';

/** How this OBS draws text: the source kind decides the settings' names; the platform decides the font. */
export interface TextStyle {
  textKind: string;
  fontFace: string;
}

/** The CJK font each platform is sure to have. */
export function fontFaceFor(platform: string, textKind: string): string {
  if (textKind.startsWith('text_gdiplus') || platform === 'windows') return 'Microsoft YaHei';
  if (platform === 'macos') return 'PingFang SC';
  return 'Noto Sans CJK SC';
}

/** '#RRGGBB' + opacity → OBS's 0xAABBGGRR. */
function obsColour(hex: string, opacity = 1): number {
  const rgb = Number.parseInt(hex.slice(1), 16);
  const r = (rgb >> 16) & 0xff;
  const g = (rgb >> 8) & 0xff;
  const b = rgb & 0xff;
  const a = Math.round(Math.min(1, Math.max(0, opacity)) * 255);
  return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

const TOP_LEFT = 5;
const TOP_CENTRE = 4;
const CENTRE = 0;

const placed = (box: Box, fit: Pick<ObsTransform, 'boundsType' | 'boundsAlignment'>): ObsTransform => ({
  positionX: box.x,
  positionY: box.y,
  alignment: TOP_LEFT,
  boundsType: fit.boundsType,
  boundsWidth: box.width,
  boundsHeight: box.height,
  boundsAlignment: fit.boundsAlignment,
  scaleX: 1,
  scaleY: 1,
});

/** Settings that style a text source (not its text): font and colour, in the kind's own names. */
export function textStyleSettings(style: TextStyle, fontPx: number, bold: boolean, colour: string): Record<string, unknown> {
  const font = { face: style.fontFace, size: Math.max(8, Math.round(fontPx)), style: bold ? 'Bold' : 'Regular', flags: bold ? 1 : 0 };
  if (style.textKind.startsWith('text_gdiplus')) {
    // GDI+ takes 0xBBGGRR and a separate opacity.
    return { font, color: obsColour(colour) & 0xffffff, opacity: 100 };
  }
  const c = obsColour(colour);
  return { font, color1: c, color2: c };
}

function textOps(part: TextPart, source: string, style: TextStyle): ObsOp[] {
  return [
    { kind: 'setSettings', source, settings: textStyleSettings(style, part.fontPx, part.bold, part.colour) },
    { kind: 'setText', source, text: part.lines.join('\n') },
    {
      kind: 'setTransform',
      scene: OBS_OVERLAY_SCENE,
      source,
      // Only ever scaled down into its box (an underestimated width shrinks, never spills), aligned as laid out.
      transform: placed(part.box, { boundsType: 'OBS_BOUNDS_MAX_ONLY', boundsAlignment: part.align === 'center' ? TOP_CENTRE : TOP_LEFT }),
    },
  ];
}

function rectOps(part: RectPart, source: string): ObsOp[] {
  return [
    {
      kind: 'setSettings',
      source,
      settings: { color: obsColour(part.colour, part.opacity), width: part.box.width, height: part.box.height },
    },
    {
      kind: 'setTransform',
      scene: OBS_OVERLAY_SCENE,
      source,
      transform: placed(part.box, { boundsType: 'OBS_BOUNDS_NONE', boundsAlignment: TOP_LEFT }),
    },
  ];
}

function imageOps(part: ImagePart, source: string): ObsOp[] {
  if (part.image.path === null) return [];
  return [
    { kind: 'setImage', source, file: part.image.path },
    // Scaled into its box with its aspect kept, centred: a 4000×4000 picture fits like a 300×200 one.
    {
      kind: 'setTransform',
      scene: OBS_OVERLAY_SCENE,
      source,
      transform: placed(part.box, { boundsType: 'OBS_BOUNDS_SCALE_INNER', boundsAlignment: CENTRE }),
    },
  ];
}

function partOps(part: LayoutPart, style: TextStyle): ObsOp[] {
  const source = overlaySourceName(part.id);
  switch (part.kind) {
    case 'text':
      return textOps(part, source, style);
    case 'rect':
      return rectOps(part, source);
    case 'image':
      return imageOps(part, source);
  }
}

/**
 * Everything OBS's native sources must hold to show `layout`: for each part shown, its settings, text or picture and
 * its place; for every part, whether it is shown. Content and visibility apart: visibility goes last, so a part never
 * appears with the previous cue's text.
 */
export function nativeGraphicsOps(layout: OverlayLayout, style: TextStyle): { content: ObsOp[]; visibility: ObsOp[] } {
  const shown = new Map<PartId, LayoutPart>(layout.parts.map((p) => [p.id, p]));
  const content = layout.parts.flatMap((p) => partOps(p, style));
  const visibility: ObsOp[] = PART_IDS.map((id) => {
    const part = shown.get(id);
    // An image part with no file OBS can open stays hidden rather than show the previous product's picture.
    const visible = part !== undefined && !(part.kind === 'image' && part.image.path === null);
    return { kind: 'setVisible', scene: OBS_OVERLAY_SCENE, source: overlaySourceName(id), visible };
  });
  return { content, visibility };
}

/** The source kind each part is created as. */
export function partInputKind(id: PartId, textKind: string): string {
  const kind = partKind(id);
  return kind === 'text' ? textKind : kind === 'image' ? 'image_source' : 'color_source_v3';
}
