import { afterEach, describe, expect, it } from 'vitest';
import { catalogTestContext, domainError } from '../../../test/support/backend/catalogTestContext';
import { createCouponsService } from '../catalog/coupons.service';
import { createProductsService } from '../catalog/products.service';
import { createShowsService } from './shows.service';

let close: (() => void) | undefined;
function setup() {
  const ctx = catalogTestContext();
  close = () => ctx.db.close();
  const shows = createShowsService(ctx);
  const show = shows.createShow({ name: '双11 预热', notes: '', plannedStartAt: null });
  const note = (text: string, place: { afterId?: string | null; beforeId?: string | null } = {}) =>
    shows.insertCue({ showId: show.id, type: 'note', config: { text }, ...place });
  const order = () => shows.listCues(show.id).map((c) => c.title);
  return { ...ctx, shows, show, note, order, products: createProductsService(ctx), coupons: createCouponsService(ctx) };
}
afterEach(() => close?.());

describe('cue ordering', () => {
  it('appends by default and inserts at the start, after, before and between cues', () => {
    const { note, order } = setup();
    const a = note('A');
    const c = note('C');
    note('start', { afterId: null });
    note('B', { afterId: a.id });
    note('B2', { beforeId: c.id });
    note('end', { beforeId: null });
    expect(order()).toEqual(['start', 'A', 'B', 'B2', 'C', 'end']);
  });

  it('inserts right after the named cue even when another landed between it and beforeId meanwhile', () => {
    const { note, order } = setup();
    const a = note('A');
    const b = note('B');
    note('X', { afterId: a.id, beforeId: b.id }); // someone else's edit
    note('Y', { afterId: a.id, beforeId: b.id }); // this client still thinks A and B are adjacent
    expect(order()).toEqual(['A', 'Y', 'X', 'B']);
  });

  it('keeps many inserts at the same spot in order with distinct keys', () => {
    const { note, order, shows, show } = setup();
    const first = note('first');
    note('last');
    let prev = first;
    for (let i = 0; i < 60; i++) prev = note(`n${i}`, { afterId: prev.id });
    expect(order()).toEqual(['first', ...Array.from({ length: 60 }, (_, i) => `n${i}`), 'last']);
    const keys = shows.listCues(show.id).map((c) => c.orderKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('moves a cue by rewriting only its key, and deletes', () => {
    const { note, order, shows, show, eventTypes, db } = setup();
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((t) => note(t));
    if (!a || !b || !c || !d) throw new Error('setup');
    const keysBefore = new Map(shows.listCues(show.id).map((x) => [x.id, x.orderKey]));
    const moved = shows.moveCue(d.id, { afterId: a.id });
    expect(order()).toEqual(['A', 'D', 'B', 'C']);
    for (const x of shows.listCues(show.id)) if (x.id !== d.id) expect(x.orderKey).toBe(keysBefore.get(x.id));
    shows.moveCue(a.id, { beforeId: null });
    expect(order()).toEqual(['D', 'B', 'C', 'A']);
    shows.moveCue(a.id, { afterId: null });
    expect(order()).toEqual(['A', 'D', 'B', 'C']);
    shows.moveCue(c.id, { afterId: d.id, beforeId: b.id });
    expect(order()).toEqual(['A', 'D', 'C', 'B']);
    // Moving to where it already is writes nothing.
    const seq = (db.prepare('SELECT max(seq) AS s FROM events').get() as { s: number }).s;
    expect(shows.moveCue(c.id, { afterId: d.id })).toMatchObject({ orderKey: shows.listCues(show.id)[2]?.orderKey });
    expect((db.prepare('SELECT max(seq) AS s FROM events').get() as { s: number }).s).toBe(seq);
    shows.deleteCue(moved.id);
    expect(order()).toEqual(['A', 'C', 'B']);
    expect(eventTypes().filter((t) => t.startsWith('cue.'))).toEqual([
      'cue.created',
      'cue.created',
      'cue.created',
      'cue.created',
      'cue.moved',
      'cue.moved',
      'cue.moved',
      'cue.moved',
      'cue.deleted',
    ]);
  });

  it('refuses impossible positions without changing anything', () => {
    const { note, order, shows } = setup();
    const a = note('A');
    const b = note('B');
    const other = shows.createShow({ name: 'other', notes: '', plannedStartAt: null });
    const foreign = shows.insertCue({ showId: other.id, type: 'note', config: { text: 'F' } });
    expect(domainError(() => shows.moveCue(a.id, { afterId: a.id }))).toMatchObject({ code: 'INVALID_PAYLOAD', path: ['afterId'] });
    expect(domainError(() => note('x', { afterId: foreign.id }))).toMatchObject({ code: 'NOT_FOUND', path: ['afterId'] });
    expect(domainError(() => note('x', { afterId: b.id, beforeId: a.id }))).toMatchObject({ code: 'CONFLICT', path: ['beforeId'] });
    expect(order()).toEqual(['A', 'B']);
  });
});

describe('shows and cue content', () => {
  it('checks config against the type and that referenced items exist; titles default to them', () => {
    const { shows, show, products, coupons } = setup();
    const p = products.create({ sku: 'LIP', title: '丝绒口红' });
    const cue = shows.insertCue({ showId: show.id, type: 'product', config: { productId: p.id, future: 1 } });
    expect(cue).toMatchObject({ title: '丝绒口红', config: { productId: p.id, future: 1 } }); // unknown keys kept
    expect(domainError(() => shows.insertCue({ showId: show.id, type: 'product', config: {} }))).toMatchObject({
      code: 'INVALID_PAYLOAD',
      path: ['config', 'productId'],
    });
    expect(
      domainError(() => shows.insertCue({ showId: show.id, type: 'coupon', config: { couponId: '018f0000-0000-7000-8000-000000000000' } })),
    ).toMatchObject({ code: 'NOT_FOUND', path: ['config', 'couponId'] });
    const c = coupons.create({
      name: '秒杀价',
      type: 'flash_price',
      value: 990,
      thresholdFen: null,
      quantity: null,
      perBuyerLimit: null,
      startsAt: 1,
      endsAt: 2,
      productIds: [p.id],
    });
    const flash = shows.insertCue({
      showId: show.id,
      type: 'flash_sale',
      title: '限时秒杀',
      config: { productId: p.id, couponId: c.id, durationMs: 60_000 },
    });
    expect(flash.title).toBe('限时秒杀');
    const changed = shows.updateCue(flash.id, { type: 'scene', config: { sceneName: '全景' } });
    expect(changed).toMatchObject({ type: 'scene', config: { sceneName: '全景' }, title: '限时秒杀' });
    expect(domainError(() => shows.updateCue(flash.id, { config: { sceneName: '' } }))).toMatchObject({ path: ['config', 'sceneName'] });
    expect(shows.getShow(show.id).cues.map((x) => x.type)).toEqual(['product', 'scene']);
  });

  it('creates, updates, lists and deletes shows, taking their cues along, with events', () => {
    const { shows, show, note, db, eventTypes } = setup();
    note('A');
    note('B');
    const renamed = shows.updateShow(show.id, { name: '双11 正式场', plannedStartAt: 1_800_000_000_000 });
    expect(renamed).toMatchObject({ name: '双11 正式场', cueCount: 2 });
    expect(shows.listShows({ limit: 10, offset: 0 })).toMatchObject({ total: 1, items: [{ id: show.id, cueCount: 2 }] });
    shows.deleteShow(show.id);
    expect(db.prepare('SELECT count(*) AS n FROM cues').get()).toEqual({ n: 0 });
    expect(domainError(() => shows.getShow(show.id)).code).toBe('NOT_FOUND');
    expect(eventTypes()).toEqual(['show.created', 'cue.created', 'cue.created', 'show.updated', 'show.deleted']);
  });

  it('keeps live settings, and refuses a hotkey another cue of the show has, naming that cue', () => {
    const { shows, show, note, order } = setup();
    const a = shows.insertCue({
      showId: show.id,
      type: 'note',
      config: { text: 'Intro', hotkey: 'F1', colour: '#E5484D', follow: 'select_next' },
    });
    expect(a.config).toMatchObject({ hotkey: 'F1', colour: '#E5484D', follow: 'select_next' });
    const b = note('Outro');
    expect(domainError(() => shows.updateCue(b.id, { config: { text: 'Outro', hotkey: 'F1' } }))).toMatchObject({
      code: 'CONFLICT',
      path: ['config', 'hotkey'],
      message: 'F1 is already the hotkey of cue 1 “Intro”',
    });
    expect(domainError(() => shows.insertCue({ showId: show.id, type: 'note', config: { text: 'x', hotkey: 'F1' } }))).toMatchObject({
      code: 'CONFLICT',
      path: ['config', 'hotkey'],
    });
    expect(order()).toEqual(['Intro', 'Outro']);
    // A cue keeps its own hotkey when saved again; another show may use the same key.
    expect(shows.updateCue(a.id, { config: { text: 'Intro!', hotkey: 'F1' } }).config).toMatchObject({ hotkey: 'F1' });
    const other = shows.createShow({ name: 'other', notes: '', plannedStartAt: null });
    expect(shows.insertCue({ showId: other.id, type: 'note', config: { text: 'y', hotkey: 'F1' } }).config.hotkey).toBe('F1');
    // Freed keys can be taken.
    shows.updateCue(a.id, { config: { text: 'Intro' } });
    expect(shows.updateCue(b.id, { config: { text: 'Outro', hotkey: 'F1' } }).config.hotkey).toBe('F1');
  });

  it('names a bad live setting by its config field', () => {
    const { shows, show } = setup();
    expect(domainError(() => shows.insertCue({ showId: show.id, type: 'note', config: { text: 'x', hotkey: 'Space' } }))).toMatchObject({
      code: 'INVALID_PAYLOAD',
      path: ['config', 'hotkey'],
    });
    expect(
      domainError(() =>
        shows.insertCue({
          showId: show.id,
          type: 'scene',
          config: { sceneName: 'A', obsActions: [{ kind: 'setText', source: 'T', text: '{oops}' }] },
        }),
      ),
    ).toMatchObject({ path: ['config', 'obsActions', 0, 'text'] });
  });
});

describe('duplicating a show', () => {
  it('copies its fields and cues in order under the next free name, leaving the original as it was', () => {
    const { shows, show, note } = setup();
    note('A');
    note('B');
    const copy = shows.duplicateShow(show.id);
    expect(copy).toMatchObject({ name: '双11 预热 (2)', cueCount: 2, origin: null });
    expect(copy.id).not.toBe(show.id);
    expect(shows.listCues(copy.id).map((c) => c.title)).toEqual(['A', 'B']);
    expect(shows.duplicateShow(show.id).name).toBe('双11 预热 (3)');
    expect(shows.listCues(show.id)).toHaveLength(2);
  });
});
