import type { CameraChoice, CameraOptions } from '../../../../shared/domain/obsLayout';

/** What the assistant's form holds: one way of naming the camera, and the values each way needs. */
export interface CameraDraft {
  mode: 'scenes' | 'input' | 'device' | 'none';
  scenes: string[];
  input: string;
  deviceId: string;
}

/**
 * The choice a new associate most likely wants: the scenes that already show a camera (or already carry the graphics),
 * else their capture source, else a capture device, else their first scene.
 */
export function defaultCameraDraft(options: CameraOptions, showScene: string | null): CameraDraft {
  const base: CameraDraft = {
    mode: 'none',
    scenes: [],
    input: options.videoInputs[0]?.name ?? '',
    deviceId: options.devices[0]?.id ?? '',
  };
  const known = new Set(options.scenes.map((s) => s.name));
  if (showScene && known.has(showScene)) return { ...base, mode: 'scenes', scenes: [showScene] };
  const cameraScenes = options.scenes.filter((s) => s.hasCamera || s.hasGraphics).map((s) => s.name);
  if (cameraScenes.length > 0) return { ...base, mode: 'scenes', scenes: cameraScenes };
  if (options.videoInputs.length > 0) return { ...base, mode: 'input' };
  if (options.devices.length > 0) return { ...base, mode: 'device' };
  const first = options.scenes[0]?.name;
  return first ? { ...base, mode: 'scenes', scenes: [first] } : base;
}

/** The choice to send, or why it cannot be sent yet (a key under obs.assistant.invalid). */
export function cameraChoiceOf(draft: CameraDraft): { choice: CameraChoice | undefined } | { invalid: 'noScene' | 'noInput' | 'noDevice' } {
  switch (draft.mode) {
    case 'scenes':
      return draft.scenes.length > 0 ? { choice: { kind: 'scenes', scenes: draft.scenes } } : { invalid: 'noScene' };
    case 'input':
      return draft.input ? { choice: { kind: 'input', input: draft.input } } : { invalid: 'noInput' };
    case 'device':
      return draft.deviceId ? { choice: { kind: 'device', deviceId: draft.deviceId } } : { invalid: 'noDevice' };
    case 'none':
      return { choice: undefined };
  }
}
