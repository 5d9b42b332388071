import type { CueType } from '../../../shared/domain/catalog/show';
import type { ObsAction } from '../../../shared/domain/obsActions';
import type { PreflightReport } from '../../../shared/domain/obsLayout';
import { cueActions, panicActions, toRuntimeCue } from '../../../shared/domain/runtime';
import type { ObsLink } from './obsLink';

/** A cue as the preflight needs it: its type and config. */
export interface PreflightCue {
  id: string;
  type: string;
  config: Record<string, unknown>;
}

type Need = { kind: 'scene' | 'source'; name: string };

/** PANIC is always one press away, so what it needs is checked for every show. */
export const PANIC_USER = 'panic';

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
 * Which scenes and sources a cue relies on: exactly those its OBS actions touch (its own actions, or the
 * defaults for its type), so the check can never disagree with what GO will send.
 */
export function needsOf(cue: PreflightCue): Need[] {
  const runtime = toRuntimeCue({ id: cue.id, type: cue.type as CueType, title: '', config: cue.config });
  const seen = new Set<string>();
  return needsOfActions(cueActions(runtime)).filter((n) => {
    const key = `${n.kind}\u0000${n.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Lists every scene and source the show's cues (and PANIC) reference and whether OBS has it right now,
 * plus the free space OBS reports for its recording path.
 */
export async function preflight(link: ObsLink, cues: readonly PreflightCue[]): Promise<PreflightReport> {
  const byKey = new Map<string, { kind: 'scene' | 'source'; name: string; usedBy: string[] }>();
  const use = (need: Need, user: string) => {
    const key = `${need.kind}\u0000${need.name}`;
    const entry = byKey.get(key) ?? { ...need, usedBy: [] };
    if (!entry.usedBy.includes(user)) entry.usedBy.push(user);
    byKey.set(key, entry);
  };
  for (const cue of cues) for (const need of needsOf(cue)) use(need, cue.id);
  for (const need of needsOfActions(panicActions())) use(need, PANIC_USER);
  const [scenes, inputs, stats] = await link.batch([
    { requestType: 'GetSceneList' },
    { requestType: 'GetInputList' },
    { requestType: 'GetStats' },
  ]);
  const sceneNames = new Set(listOf(scenes?.data?.scenes).map((s) => String(s.sceneName)));
  const inputNames = new Set(listOf(inputs?.data?.inputs).map((i) => String(i.inputName)));
  const items = [...byKey.values()].map((e) => ({ ...e, exists: e.kind === 'scene' ? sceneNames.has(e.name) : inputNames.has(e.name) }));
  const diskMb = stats?.ok ? stats.data?.availableDiskSpace : undefined;
  return {
    ready: items.every((i) => i.exists),
    items,
    ...(typeof diskMb === 'number' && Number.isFinite(diskMb) && diskMb >= 0 ? { recordDiskFreeMb: diskMb } : {}),
  };
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
}
