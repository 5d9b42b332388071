import { describe, expect, it } from 'vitest';
import type { CameraOptions } from '../../../../shared/domain/obsLayout';
import { cameraChoiceOf, defaultCameraDraft } from './cameraChoice';

const options = (over: Partial<CameraOptions> = {}): CameraOptions => ({
  scenes: [
    { name: '开场', hasCamera: false, hasGraphics: false },
    { name: '主机位', hasCamera: true, hasGraphics: false },
    { name: '特写', hasCamera: true, hasGraphics: false },
  ],
  videoInputs: [{ name: '罗技摄像头', kind: 'dshow_input' }],
  deviceKind: 'dshow_input',
  devices: [{ id: 'cam-1', name: 'HD Webcam' }],
  browserSource: true,
  canvas: { width: 1080, height: 1920 },
  ...over,
});

describe('the setup assistant’s camera choice', () => {
  it('proposes the remembered camera scene, else every scene showing a camera', () => {
    expect(defaultCameraDraft(options(), '特写')).toMatchObject({ mode: 'scenes', scenes: ['特写'] });
    expect(defaultCameraDraft(options(), '已删除的场景')).toMatchObject({ mode: 'scenes', scenes: ['主机位', '特写'] });
  });

  it('without a camera scene, proposes the capture source, then a device, then the first scene', () => {
    const bare = options({ scenes: [{ name: '场景', hasCamera: false, hasGraphics: false }] });
    expect(defaultCameraDraft(bare, null)).toMatchObject({ mode: 'input', input: '罗技摄像头' });
    expect(defaultCameraDraft({ ...bare, videoInputs: [] }, null)).toMatchObject({ mode: 'device', deviceId: 'cam-1' });
    expect(defaultCameraDraft({ ...bare, videoInputs: [], devices: [] }, null)).toMatchObject({ mode: 'scenes', scenes: ['场景'] });
    expect(defaultCameraDraft({ ...bare, scenes: [], videoInputs: [], devices: [] }, null).mode).toBe('none');
  });

  it('turns the form into the API’s choice, and says what is missing', () => {
    const draft = { mode: 'scenes' as const, scenes: ['主机位'], input: '', deviceId: '' };
    expect(cameraChoiceOf(draft)).toEqual({ choice: { kind: 'scenes', scenes: ['主机位'] } });
    expect(cameraChoiceOf({ ...draft, scenes: [] })).toEqual({ invalid: 'noScene' });
    expect(cameraChoiceOf({ ...draft, mode: 'device' })).toEqual({ invalid: 'noDevice' });
    expect(cameraChoiceOf({ ...draft, mode: 'input', input: 'cam' })).toEqual({ choice: { kind: 'input', input: 'cam' } });
    expect(cameraChoiceOf({ ...draft, mode: 'none' })).toEqual({ choice: undefined });
  });
});
