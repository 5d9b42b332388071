import type { ObsAction } from '../../../shared/domain/obsActions';

/** Where a scene item sits and how it fits its box (obs-websocket's SceneItemTransform fields LiveCue sets). */
export interface ObsTransform {
  positionX: number;
  positionY: number;
  /** OBS alignment flags: 0 centre, 1 left, 2 right, 4 top, 8 bottom (5 = top-left). */
  alignment: number;
  boundsType: 'OBS_BOUNDS_NONE' | 'OBS_BOUNDS_MAX_ONLY' | 'OBS_BOUNDS_SCALE_INNER' | 'OBS_BOUNDS_STRETCH';
  boundsWidth: number;
  boundsHeight: number;
  boundsAlignment: number;
  scaleX: number;
  scaleY: number;
}

/**
 * What the backend itself may send OBS: the actions cues and operators use, plus what the graphics renderer needs to
 * lay out its sources (transforms and style settings). Not part of the API: a cue cannot move or restyle sources.
 */
export type ObsOp =
  | ObsAction
  | { kind: 'setTransform'; scene: string; source: string; transform: ObsTransform }
  | { kind: 'setSettings'; source: string; settings: Record<string, unknown> }
  /** Waits inside the batch (obs-websocket's Sleep): OBS applies new settings on its next frame, visibility at once. */
  | { kind: 'pause'; ms: number };

/** What an op changes: the latest op per target is what OBS should hold. */
export function targetOf(op: ObsOp): string {
  switch (op.kind) {
    case 'switchScene':
      return 'program';
    case 'setText':
      return `text\u0000${op.source}`;
    case 'setImage':
      return `image\u0000${op.source}`;
    case 'setVisible':
      return `visible\u0000${op.scene}\u0000${op.source}`;
    case 'setTransform':
      return `transform\u0000${op.scene}\u0000${op.source}`;
    case 'setSettings':
      // Different keys of one source are different targets (a colour change must not forget the size).
      return `settings\u0000${op.source}\u0000${Object.keys(op.settings).sort().join(',')}`;
    case 'pause':
      return 'pause';
  }
}

/** The source an op touches (the scene, for a scene switch). */
export const opSource = (op: ObsOp): string => (op.kind === 'switchScene' ? op.scene : op.kind === 'pause' ? '' : op.source);
/** The scene whose item an op needs, if any. */
export const opScene = (op: ObsOp): string | null => (op.kind === 'setVisible' || op.kind === 'setTransform' ? op.scene : null);
