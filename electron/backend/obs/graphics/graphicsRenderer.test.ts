import { describe, expect, it } from 'vitest';
import type { ObsActionResult } from '../../../../shared/domain/obsActions';
import { OBS_BROWSER_OVERLAY, OBS_OVERLAY_SCENE, overlaySourceName } from '../../../../shared/domain/obsLayout';
import type { ObsStatus } from '../../../../shared/domain/obsStatus';
import { defaultOverlayTheme, type OverlayTheme } from '../../../../shared/domain/overlay/overlayTheme';
import { type RuntimeState, reduce, startSession } from '../../../../shared/domain/runtime';
import { fakeGraphicsSnapshot } from '../../../../test/support/backend/fakeSessionObs';
import { fixtureSetup } from '../../../../test/support/domain/showFixture';
import { FakeTimers } from '../../../../test/support/fakeTimers';
import type { ObsOp } from '../obsOps';
import type { ObsSnapshot } from '../resync';
import { GraphicsRenderer, nextCountdownChange } from './graphicsRenderer';

const title = overlaySourceName('product.title');
const countdown = overlaySourceName('coupon.countdown');

function setup(snapshot: ObsSnapshot | null = fakeGraphicsSnapshot()) {
  const timers = new FakeTimers();
  const sent: ObsOp[][] = [];
  const listeners = new Set<(s: ObsStatus) => void>();
  let theme: OverlayTheme = defaultOverlayTheme;
  let native = true;
  const obs = {
    state: 'ready' as ObsStatus['state'],
    snapshot,
    onStatus: (l: (s: ObsStatus) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    runShow: async (ops: readonly ObsOp[]): Promise<ObsActionResult[]> => {
      sent.push([...ops]);
      return ops.map(() => ({ ok: true, code: 100 }));
    },
  };
  const renderer = new GraphicsRenderer({
    obs,
    timers,
    theme: () => theme,
    logo: (t) => (t.logo ? { hash: t.logo, path: `/images/${t.logo}.png` } : null),
    native: () => native,
  });
  const status = (s: ObsStatus) => {
    obs.state = s.state;
    for (const l of listeners) l(s);
  };
  const live = startSession(fixtureSetup(), timers.now()).state;
  const at = (state: RuntimeState, command: unknown) => {
    const r = reduce(state, command, timers.now());
    expect(r.rejected).toBeNull();
    return r.state;
  };
  return {
    timers,
    sent,
    renderer,
    status,
    live,
    at,
    obs,
    setTheme: (t: OverlayTheme) => {
      theme = t;
    },
    setNative: (n: boolean) => {
      native = n;
    },
  };
}

const textOf = (ops: readonly ObsOp[], source: string) => ops.flatMap((o) => (o.kind === 'setText' && o.source === source ? [o.text] : []));
const visibleOf = (ops: readonly ObsOp[], source: string) =>
  ops.flatMap((o) => (o.kind === 'setVisible' && o.source === source ? [o.visible] : []));

describe('graphics renderer', () => {
  it('draws the product card on GO and sends only what changed on the next GO', () => {
    const t = setup();
    const first = t.renderer.update(t.at(t.live, { type: 'jump', cueId: 'p1' }), t.timers.now());
    expect(textOf(first, title)).toEqual(['Face cream']);
    expect(visibleOf(first, title)).toEqual([true]);
    expect(visibleOf(first, countdown)).toEqual([false]);
    // Content, then a frame's wait (OBS applies settings on its next frame but shows a part at once), then visibility:
    // a part never shows the previous cue's text.
    const pause = first.findIndex((o) => o.kind === 'pause');
    expect(first[pause]).toEqual({ kind: 'pause', ms: Math.ceil(1000 / 30 + 8) });
    expect(first.slice(0, pause).every((o) => o.kind !== 'setVisible')).toBe(true);
    expect(first.slice(pause + 1).every((o) => o.kind === 'setVisible')).toBe(true);

    const s1 = t.at(t.live, { type: 'jump', cueId: 'p1' });
    const next = t.renderer.update(t.at(s1, { type: 'jump', cueId: 'p2' }), t.timers.now());
    expect(textOf(next, title)).toEqual(['Serum']);
    // Nothing appears (the card is up already), so nothing waits.
    expect(next.filter((o) => (o.kind === 'setVisible' && o.visible) || o.kind === 'pause')).toEqual([]);
    expect(t.renderer.update(t.at(s1, { type: 'jump', cueId: 'p2' }), t.timers.now())).toEqual([]);
  });

  it('re-sends a countdown once a second by itself, and stops when nothing counts down', async () => {
    const t = setup();
    const running = t.at(t.live, { type: 'jump', cueId: 'c1' });
    expect(textOf(t.renderer.update(running, t.timers.now()), countdown)).toEqual(['00:30']);
    t.timers.advance(999);
    expect(t.sent).toEqual([]);
    t.timers.advance(1);
    t.timers.advance(1000);
    await Promise.resolve();
    expect(t.sent.map((b) => textOf(b, countdown))).toEqual([['00:29'], ['00:28']]);
    t.renderer.update(t.at(running, { type: 'stop', cueId: 'c1' }), t.timers.now());
    t.timers.advance(5000);
    expect(t.sent).toHaveLength(2);
    expect(t.timers.pending).toBe(0);
  });

  it('lays everything out again when OBS reports another canvas size', () => {
    const t = setup();
    t.renderer.update(t.at(t.live, { type: 'jump', cueId: 'p1' }), t.timers.now());
    const snapshot = t.obs.snapshot;
    if (snapshot) snapshot.canvas = { width: 1080, height: 1920 };
    t.status({ state: 'ready', canvas: { width: 1080, height: 1920 } });
    const moved = t.sent.flat().find((o) => o.kind === 'setTransform' && o.source === title);
    expect(moved?.kind === 'setTransform' && moved.transform.positionY).toBeGreaterThan(1000);
  });

  it('draws everything again after a reconnect, and on a new theme sends the new colours', () => {
    const t = setup();
    t.renderer.update(t.at(t.live, { type: 'jump', cueId: 'p1' }), t.timers.now());
    t.status({ state: 'lost' });
    t.status({ state: 'ready', canvas: { width: 1280, height: 720 } });
    expect(textOf(t.sent.flat(), title)).toEqual(['Face cream']);
    t.setTheme({ ...defaultOverlayTheme, accent: '#00FF00' });
    t.renderer.refresh();
    const restyled = t.sent.at(-1) ?? [];
    expect(restyled.length).toBeGreaterThan(0);
    expect(restyled.every((o) => o.kind === 'setSettings')).toBe(true);
  });

  it('shows the brand logo while a show is live, and only then (not during PANIC)', () => {
    const t = setup();
    t.setTheme({ ...defaultOverlayTheme, logo: 'a'.repeat(64) });
    const logo = overlaySourceName('logo.image');
    expect(visibleOf(t.renderer.update(null, t.timers.now()), logo)).toEqual([false]);
    const ops = t.renderer.update(t.live, t.timers.now());
    expect(ops).toContainEqual({ kind: 'setImage', source: logo, file: `/images/${'a'.repeat(64)}.png` });
    expect(visibleOf(ops, logo)).toEqual([true]);
    const panic = t.at(t.live, { type: 'panic' });
    expect(visibleOf(t.renderer.update(panic, t.timers.now()), logo)).toEqual([false]);
    expect(visibleOf(t.renderer.update(t.live, t.timers.now()), logo)).toEqual([true]);
    expect(visibleOf(t.renderer.update(t.at(t.live, { type: 'end' }), t.timers.now()), logo)).toEqual([false]);
  });

  it('sends nothing when the overlay page draws, or when the connected OBS was never set up', () => {
    const browser = setup();
    browser.setNative(false);
    expect(browser.renderer.update(browser.at(browser.live, { type: 'jump', cueId: 'p1' }), browser.timers.now())).toEqual([]);
    const snap = fakeGraphicsSnapshot();
    snap.items.set(OBS_OVERLAY_SCENE, new Map([[OBS_BROWSER_OVERLAY, 1]]));
    const page = setup(snap);
    expect(page.renderer.update(page.at(page.live, { type: 'jump', cueId: 'p1' }), page.timers.now())).toEqual([]);
    const bare = fakeGraphicsSnapshot();
    bare.items.clear();
    const notSetUp = setup(bare);
    expect(notSetUp.renderer.update(notSetUp.at(notSetUp.live, { type: 'jump', cueId: 'p1' }), notSetUp.timers.now())).toEqual([]);
  });

  it('while OBS is away still draws (the batch fails and is logged; the picture returns with OBS)', () => {
    const t = setup(null);
    t.obs.state = 'lost';
    expect(textOf(t.renderer.update(t.at(t.live, { type: 'jump', cueId: 'p1' }), t.timers.now()), title)).toEqual(['Face cream']);
  });
});

describe('nextCountdownChange', () => {
  it('is the moment the shown second drops, or the deadline itself in its last second', () => {
    const content = { product: null, coupon: null, flashSale: null, giveaway: null, task: null };
    expect(nextCountdownChange(content, 0)).toBeNull();
    const coupon = { cueId: 'c', name: '', type: null, value: null, thresholdFen: null, quantity: null, deadlineAt: 10_500 };
    expect(nextCountdownChange({ ...content, coupon }, 0)).toBe(500);
    expect(nextCountdownChange({ ...content, coupon }, 1_500)).toBe(2_500);
    expect(nextCountdownChange({ ...content, coupon }, 10_000)).toBe(10_500);
    expect(nextCountdownChange({ ...content, coupon }, 10_500)).toBeNull();
  });
});
