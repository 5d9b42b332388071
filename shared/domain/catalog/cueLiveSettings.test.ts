import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hotkeyProblem, unknownPlaceholders } from './cueLiveSettings';
import { type CueType, refineCueConfig } from './show';

const P = '0190a3c4-0000-7000-8000-000000000001';
const C = '0190a3c4-0000-7000-8000-000000000002';
const T = '0190a3c4-0000-7000-8000-000000000003';

/** A minimal valid config per type, to add live settings to. */
const base: Record<CueType, Record<string, unknown>> = {
  product: { productId: P },
  coupon: { couponId: C },
  flash_sale: { productId: P, durationMs: 60_000 },
  giveaway: { taskId: T },
  task: { taskId: T },
  scene: { sceneName: 'Studio' },
  note: { text: 'hi' },
};

const Input = z.object({ type: z.enum(['product', 'coupon', 'flash_sale', 'giveaway', 'task', 'scene', 'note']), config: z.unknown() });
/** Issues as the API reports them: path under config, message. */
function issues(type: CueType, extra: Record<string, unknown>): { path: string; message: string }[] {
  const parsed = Input.superRefine(refineCueConfig).safeParse({ type, config: { ...base[type], ...extra } });
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}
const paths = (type: CueType, extra: Record<string, unknown>) => issues(type, extra).map((i) => i.path);

describe('live settings on every cue type', () => {
  const types = Object.keys(base) as CueType[];
  const valid = {
    colour: '#E5484D',
    plannedDurationMs: 210_000,
    preWaitMs: 0,
    follow: 'auto_follow',
    hotkey: 'Ctrl+Shift+F3',
    obsActions: [
      { kind: 'switchScene', scene: 'Studio' },
      { kind: 'setVisible', scene: 'Studio', source: 'Banner', visible: true },
      { kind: 'setText', source: 'Banner', text: 'Now {product.livePrice} · {countdown}' },
      { kind: 'setImage', source: 'Card', file: '{product.imagePath}' },
    ],
  };

  it.each(types)('%s accepts every live setting, and each of them absent or cleared', (type) => {
    expect(issues(type, valid)).toEqual([]);
    expect(issues(type, { colour: null, plannedDurationMs: null, hotkey: null, obsActions: null })).toEqual([]);
    expect(issues(type, { obsActions: [] })).toEqual([]);
  });

  it('keeps keys from newer versions', () => {
    expect(issues('product', { ...valid, futureSetting: { x: 1 } })).toEqual([]);
  });

  it.each([
    ['colour', 'red'],
    ['colour', '#12345'],
    ['colour', 7],
    ['plannedDurationMs', 0],
    ['plannedDurationMs', 1.5],
    ['plannedDurationMs', '3:30'],
    ['plannedDurationMs', 86_400_001],
    ['preWaitMs', -1],
    ['preWaitMs', 3_600_001],
    ['preWaitMs', null],
    ['follow', 'sideways'],
    ['hotkey', ''],
    ['hotkey', 'Space'],
    ['hotkey', 42],
    ['obsActions', {}],
    ['obsActions', [{ kind: 'explode' }]],
  ])('refuses %s = %j, naming config.%s', (field, value) => {
    expect(paths('coupon', { [field]: value })[0]).toMatch(new RegExp(`^config\\.${field}(\\.|$)`));
  });

  it('names the action and field of a bad OBS action', () => {
    expect(
      issues('product', {
        obsActions: [
          { kind: 'switchScene', scene: 'A' },
          { kind: 'setVisible', scene: 'A', source: '' },
        ],
      }),
    ).toEqual([
      { path: 'config.obsActions.1.source', message: expect.any(String) },
      { path: 'config.obsActions.1.visible', message: expect.any(String) },
    ]);
  });

  it('names an unknown placeholder in a text or image action', () => {
    expect(issues('product', { obsActions: [{ kind: 'setText', source: 'T', text: '{product.title} {product.price}' }] })).toEqual([
      { path: 'config.obsActions.0.text', message: expect.stringContaining('unknown placeholder {product.price}') },
    ]);
    expect(paths('product', { obsActions: [{ kind: 'setImage', source: 'I', file: '{image}' }] })).toEqual(['config.obsActions.0.file']);
    expect(unknownPlaceholders('{coupon.label} {task.progress} {x} { spaced } {{countdown}}')).toEqual(['x']);
  });

  it('takes countdownMs where the type has no other countdown, and names it where it does not belong', () => {
    expect(issues('coupon', { countdownMs: 30_000 })).toEqual([]);
    expect(issues('task', { countdownMs: 30_000 })).toEqual([]);
    expect(issues('product', { countdownMs: 30_000 })).toEqual([]);
    expect(paths('coupon', { countdownMs: 0 })).toEqual(['config.countdownMs']);
    expect(issues('flash_sale', { countdownMs: 30_000 })).toEqual([
      { path: 'config.countdownMs', message: expect.stringContaining('durationMs') },
    ]);
    expect(paths('giveaway', { countdownMs: 30_000 })).toEqual(['config.countdownMs']);
    expect(paths('note', { countdownMs: 30_000 })).toEqual(['config.countdownMs']);
    expect(paths('scene', { countdownMs: 30_000 })).toEqual(['config.countdownMs']);
  });
});

describe('hotkeys', () => {
  it.each([
    'F1',
    'F12',
    'F24',
    'Digit1',
    'KeyQ',
    'Numpad7',
    'Ctrl+KeyQ',
    'Alt+Shift+F5',
    'Ctrl+Alt+Shift+Meta+Digit0',
    'Ctrl+Shift+Digit1',
    'Ctrl+Digit0',
  ])('accepts %s', (spec) => {
    expect(hotkeyProblem(spec)).toBeNull();
  });

  it.each([
    ['Space', 'reserved for GO'],
    ['Escape', 'reserved for panic'],
    ['F11', 'reserved for live mode'],
    ['Ctrl+Space', 'reserved for GO'],
    ['F25', 'not a hotkey key'],
    ['q', 'not a hotkey key'],
    ['Enter', 'not a hotkey key'],
    ['Ctrl+', 'not a hotkey key'],
    ['Hyper+F1', 'not a modifier'],
    ['Shift+Ctrl+F1', 'in the order'],
    ['Ctrl+Ctrl+F1', 'in the order'],
    ['Ctrl+Digit1', 'switching areas'],
    ['Meta+Digit5', 'switching areas'],
    ['Ctrl+Numpad3', 'switching areas'],
  ])('refuses %s: %s', (spec, reason) => {
    expect(hotkeyProblem(spec)).toContain(reason);
  });
});
