import type { CueType } from '../../../shared/domain/catalog/show';
import type { ObsAction } from '../../../shared/domain/obsActions';
import {
  type GraphicsRenderer,
  OBS_BROWSER_OVERLAY,
  OBS_OVERLAY_SCENE,
  overlaySourceName,
  type PreflightReport,
} from '../../../shared/domain/obsLayout';
import { type OverlayElement, PART_IDS, partElement } from '../../../shared/domain/overlay/overlayParts';
import { cueActions, panicActions, type RuntimeCue, toRuntimeCue } from '../../../shared/domain/runtime';
import type { ObsLink } from './obsLink';

/** A cue as the preflight needs it: its type and config. */
export interface PreflightCue {
  id: string;
  type: string;
  config: Record<string, unknown>;
}

type Need = { kind: 'scene' | 'source'; name: string };

/** PANIC is always one press away, so what it needs is checked for every show. */
const PANIC_USER = 'panic';
/** The camera scene the show goes live on is needed by the whole show. */
const SHOW_USER = 'show';

/** How the graphics are drawn, for what they need in OBS. */
export interface GraphicsSetup {
  renderer: GraphicsRenderer;
}

/** The graphics each cue type shows (the elements of the overlay it fills). */
const ELEMENTS_OF: Partial<Record<CueType, OverlayElement[]>> = {
  product: ['product'],
  flash_sale: ['product', 'flashSale'],
  coupon: ['coupon'],
  giveaway: ['giveaway'],
  task: ['task'],
};

function needsOfGraphic(cue: RuntimeCue, graphics: GraphicsSetup): Need[] {
  const elements = cue.graphic ? (ELEMENTS_OF[cue.type] ?? []) : [];
  if (elements.length === 0) return [];
  const scene: Need = { kind: 'scene', name: OBS_OVERLAY_SCENE };
  if (graphics.renderer === 'browser') return [scene, { kind: 'source', name: OBS_BROWSER_OVERLAY }];
  const parts = PART_IDS.filter((id) => elements.includes(partElement(id)));
  return [scene, ...parts.map((id): Need => ({ kind: 'source', name: overlaySourceName(id) }))];
}

function needsOfActions(actions: readonly ObsAction[]): Need[] {
  return actions.flatMap((a): Need[] => {
    switch (a.kind) {
      case 'switchScene':
        return [{ kind: 'scene', name: a.scene }];
      case 'setVisible':
        return [
          { kind: 'scene', name: a.scene },
          { kind: 'source', name: a.source },
        ];
      default:
        return [{ kind: 'source', name: a.source }];
    }
  });
}

/**
 * Which scenes and sources a cue relies on: its graphic's sources in LiveCue's overlay scene, and exactly what its
 * own OBS actions touch, so the check can never disagree with what GO will send.
 */
export function needsOf(cue: PreflightCue, graphics: GraphicsSetup = { renderer: 'native' }): Need[] {
  const runtime = toRuntimeCue({ id: cue.id, type: cue.type as CueType, title: '', config: cue.config });
  const seen = new Set<string>();
  return [...needsOfGraphic(runtime, graphics), ...needsOfActions(cueActions(runtime))].filter((n) => {
    const key = `${n.kind}\u0000${n.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Lists every scene and source the show's cues (and PANIC, and the camera scene the show goes live on) reference and
 * whether OBS has it right now, plus whether that camera scene carries LiveCue's graphics and the free space OBS
 * reports for its recording path.
 */
export async function preflight(
  link: ObsLink,
  cues: readonly PreflightCue[],
  graphics: GraphicsSetup & { showScene: string | null } = { renderer: 'native', showScene: null },
): Promise<PreflightReport> {
  const byKey = new Map<string, { kind: 'scene' | 'source'; name: string; usedBy: string[] }>();
  const use = (need: Need, user: string) => {
    const key = `${need.kind}\u0000${need.name}`;
    const entry = byKey.get(key) ?? { ...need, usedBy: [] };
    if (!entry.usedBy.includes(user)) entry.usedBy.push(user);
    byKey.set(key, entry);
  };
  for (const cue of cues) for (const need of needsOf(cue, graphics)) use(need, cue.id);
  for (const need of needsOfActions(panicActions())) use(need, PANIC_USER);
  if (graphics.showScene !== null) use({ kind: 'scene', name: graphics.showScene }, SHOW_USER);
  const [scenes, inputs, stats, showItems] = await link.batch([
    { requestType: 'GetSceneList' },
    { requestType: 'GetInputList' },
    { requestType: 'GetStats' },
    ...(graphics.showScene !== null ? [{ requestType: 'GetSceneItemList', requestData: { sceneName: graphics.showScene } }] : []),
  ]);
  const sceneNames = new Set(listOf(scenes?.data?.scenes).map((s) => String(s.sceneName)));
  const inputNames = new Set(listOf(inputs?.data?.inputs).map((i) => String(i.inputName)));
  const items = [...byKey.values()].map((e) => ({ ...e, exists: e.kind === 'scene' ? sceneNames.has(e.name) : inputNames.has(e.name) }));
  const diskMb = stats?.ok ? stats.data?.availableDiskSpace : undefined;
  const overlaid = listOf(showItems?.data?.sceneItems).some((i) => i.sourceName === OBS_OVERLAY_SCENE);
  return {
    ready: items.every((i) => i.exists) && (graphics.showScene === null || overlaid),
    items,
    ...(graphics.showScene !== null ? { showScene: { name: graphics.showScene, hasGraphics: overlaid } } : {}),
    ...(typeof diskMb === 'number' && Number.isFinite(diskMb) && diskMb >= 0 ? { recordDiskFreeMb: diskMb } : {}),
  };
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
}
