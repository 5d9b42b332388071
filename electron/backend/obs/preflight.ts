import { OBS_PRODUCT_SCENE, OBS_SOURCES, type PreflightReport } from '../../../shared/domain/obsLayout';
import type { ObsLink } from './obsLink';

/** A cue as the preflight needs it: its type and config. */
export interface PreflightCue {
  id: string;
  type: string;
  config: Record<string, unknown>;
}

type Need = { kind: 'scene' | 'source'; name: string };

/** Which scenes and sources each cue type relies on. */
export function needsOf(cue: PreflightCue): Need[] {
  const card = (...roles: (keyof typeof OBS_SOURCES)[]): Need[] => [
    { kind: 'scene', name: OBS_PRODUCT_SCENE },
    ...roles.map((r) => ({ kind: 'source' as const, name: OBS_SOURCES[r] })),
  ];
  switch (cue.type) {
    case 'scene':
      return typeof cue.config.sceneName === 'string' ? [{ kind: 'scene', name: cue.config.sceneName }] : [];
    case 'product':
      return card('title', 'price', 'image');
    case 'flash_sale':
      return card('title', 'price', 'image', 'countdown');
    case 'coupon':
    case 'giveaway':
      return card('countdown');
    case 'task':
      return card('task');
    default:
      return [];
  }
}

/** Lists every scene and source the show's cues reference and whether OBS has it right now. */
export async function preflight(link: ObsLink, cues: readonly PreflightCue[]): Promise<PreflightReport> {
  const byKey = new Map<string, { kind: 'scene' | 'source'; name: string; usedBy: string[] }>();
  for (const cue of cues) {
    for (const need of needsOf(cue)) {
      const key = `${need.kind}\u0000${need.name}`;
      const entry = byKey.get(key) ?? { ...need, usedBy: [] };
      if (!entry.usedBy.includes(cue.id)) entry.usedBy.push(cue.id);
      byKey.set(key, entry);
    }
  }
  const [scenes, inputs] = await link.batch([{ requestType: 'GetSceneList' }, { requestType: 'GetInputList' }]);
  const sceneNames = new Set(listOf(scenes?.data?.scenes).map((s) => String(s.sceneName)));
  const inputNames = new Set(listOf(inputs?.data?.inputs).map((i) => String(i.inputName)));
  const items = [...byKey.values()].map((e) => ({ ...e, exists: e.kind === 'scene' ? sceneNames.has(e.name) : inputNames.has(e.name) }));
  return { ready: items.every((i) => i.exists), items };
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
}
