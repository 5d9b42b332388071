/**
 * Video capture source kinds per platform and the setting that names their device: DirectShow on Windows,
 * AVFoundation on macOS (three generations of kind ids), Video4Linux on Linux.
 */
const CAMERA_KINDS: readonly { kind: string; deviceProperty: string }[] = [
  { kind: 'dshow_input', deviceProperty: 'video_device_id' },
  { kind: 'macos-avcapture', deviceProperty: 'device' },
  { kind: 'av_capture_input_v2', deviceProperty: 'device' },
  { kind: 'av_capture_input', deviceProperty: 'device' },
  { kind: 'v4l2_input', deviceProperty: 'device_id' },
];

export const isCameraKind = (kind: string): boolean => CAMERA_KINDS.some((k) => k.kind === kind);

/** The capture kind this OBS offers (the first in preference order), or null. */
export function cameraKindOf(available: readonly string[]): { kind: string; deviceProperty: string } | null {
  return CAMERA_KINDS.find((k) => available.includes(k.kind)) ?? null;
}
