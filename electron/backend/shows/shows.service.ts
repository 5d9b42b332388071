import type { Page } from '../../../shared/domain/catalog/common';
import {
  type Cue,
  type CueConfig,
  CueConfigs,
  type CueType,
  type Show,
  ShowCreate,
  type ShowPatch,
  type ShowWithCues,
} from '../../../shared/domain/catalog/show';
import { keyBetween } from '../../../shared/domain/ordering/fractionalIndex';
import { createCouponsDao } from '../catalog/coupons.dao';
import { createProductsDao } from '../catalog/products.dao';
import type { CatalogDeps } from '../catalog/products.service';
import { changedFields } from '../catalog/sameValue';
import { createTasksDao } from '../catalog/tasks.dao';
import { DomainError } from '../dispatch/domainError';
import { uuidv7 } from '../events/uuidv7';
import { removeShow } from './showRemoval';
import { createShowsDao, type ShowRecord } from './shows.dao';
import { uniqueShowName } from './uniqueShowName';

/** Where a cue goes: `undefined` = not said; `null` = the start (afterId) or the end (beforeId). */
export interface CuePlacement {
  afterId?: string | null | undefined;
  beforeId?: string | null | undefined;
}

export interface CueDraft extends CuePlacement {
  showId: string;
  type: CueType;
  title?: string | undefined;
  config: Record<string, unknown>;
}

/** Runs of show and their ordered cues. Order is a fractional index: an insert or move writes one row. */
export function createShowsService({ db, events, clock }: CatalogDeps) {
  const dao = createShowsDao(db);
  const products = createProductsDao(db);
  const coupons = createCouponsDao(db);
  const tasks = createTasksDao(db);

  function mustGetShow(id: string, path: (string | number)[] = ['id']): Show {
    const found = dao.getShow(id);
    if (!found) throw DomainError.notFound('Show', id, path);
    return found;
  }

  function mustGetCue(id: string): Cue {
    const found = dao.getCue(id);
    if (!found) throw DomainError.notFound('Cue', id, ['id']);
    return found;
  }

  /** Parses config for its type and checks what it points at exists; returns the default title. */
  function checkConfig(type: CueType, raw: Record<string, unknown>): { config: CueConfig; defaultTitle: string } {
    const parsed = CueConfigs[type].safeParse(raw);
    if (!parsed.success) throw DomainError.fromZod(parsed.error, ['config']);
    const config = parsed.data as CueConfig;
    let defaultTitle: string = type;
    const ref = (key: string) => (typeof config[key] === 'string' ? (config[key] as string) : undefined);
    const productId = ref('productId');
    const couponId = ref('couponId');
    const taskId = ref('taskId');
    if (taskId) defaultTitle = (tasks.get(taskId) ?? missing('Task', taskId, 'taskId')).title;
    if (couponId) defaultTitle = (coupons.get(couponId) ?? missing('Coupon', couponId, 'couponId')).name;
    if (productId) defaultTitle = (products.get(productId) ?? missing('Product', productId, 'productId')).title;
    if (type === 'scene') defaultTitle = String(config.sceneName);
    if (type === 'note') defaultTitle = String(config.text).split('\n')[0]?.slice(0, 200) || 'note';
    return { config, defaultTitle };
  }

  /** A hotkey fires one cue: refuses one another cue of the show already has, naming that cue. */
  function checkHotkeyFree(showId: string, config: CueConfig, selfId: string | null): void {
    const hotkey = config.hotkey;
    if (typeof hotkey !== 'string') return;
    const cues = dao.cuesOf(showId);
    const at = cues.findIndex((c) => c.id !== selfId && c.config.hotkey === hotkey);
    const other = cues[at];
    if (!other) return;
    throw new DomainError('CONFLICT', `${hotkey} is already the hotkey of cue ${at + 1} “${other.title}”`, { path: ['config', 'hotkey'] });
  }

  function neighbour(showId: string, id: string | null, field: 'afterId' | 'beforeId', moving: string): string | null {
    if (id === null) return null;
    if (id === moving) throw new DomainError('INVALID_PAYLOAD', `A cue cannot be placed next to itself`, { path: [field] });
    const cue = dao.getCue(id);
    if (!cue || cue.showId !== showId) throw new DomainError('NOT_FOUND', `Cue ${id} is not in this show`, { path: [field] });
    return cue.orderKey;
  }

  /**
   * The order key for a cue placed as asked, skipping `moving` (the cue being moved) as a neighbour.
   * With afterId, the cue lands right after that cue, even if others were inserted after it meanwhile;
   * with only beforeId, right before that cue; with neither, at the end.
   */
  function placeKey(showId: string, place: CuePlacement, moving = ''): { key: string; lo: string | null; hi: string | null } {
    let lo: string | null;
    let hi: string | null;
    if (place.afterId !== undefined) {
      lo = neighbour(showId, place.afterId, 'afterId', moving);
      if (place.beforeId !== undefined && place.beforeId !== null) {
        const before = neighbour(showId, place.beforeId, 'beforeId', moving);
        if (lo !== null && before !== null && before <= lo) {
          throw new DomainError('CONFLICT', 'beforeId is not after afterId in the current order', { path: ['beforeId'] });
        }
      }
      hi = lo === null ? dao.firstKey(showId, moving) : dao.keyAfter(showId, lo, moving);
    } else if (place.beforeId !== undefined && place.beforeId !== null) {
      hi = neighbour(showId, place.beforeId, 'beforeId', moving);
      lo = hi === null ? null : dao.keyBefore(showId, hi, moving);
    } else {
      lo = dao.lastKey(showId, moving);
      hi = null;
    }
    return { key: keyBetween(lo, hi), lo, hi };
  }

  // ---- shows

  function createShow(input: ShowCreate): Show {
    const parsed = ShowCreate.safeParse(input);
    if (!parsed.success) throw DomainError.fromZod(parsed.error);
    return db.transaction(() => {
      const now = clock.now();
      const record: ShowRecord = { ...parsed.data, id: uuidv7(now), createdAt: now, updatedAt: now };
      dao.insertShow(record);
      events.append({ type: 'show.created', payload: { show: record } });
      return { ...record, cueCount: 0, origin: null };
    })();
  }

  function getShow(id: string): ShowWithCues {
    const show = mustGetShow(id);
    return { show, cues: dao.cuesOf(id) };
  }

  function updateShow(id: string, patch: ShowPatch): Show {
    return db.transaction(() => {
      const current = mustGetShow(id);
      const changes = changedFields<ShowRecord>(current, patch);
      if (Object.keys(changes).length === 0) return current;
      const next = { ...current, ...changes, updatedAt: clock.now() };
      dao.updateShow(next);
      events.append({ type: 'show.updated', payload: { id, changes } });
      return next;
    })();
  }

  function deleteShow(id: string): { id: string; deleted: true } {
    db.transaction(() => {
      mustGetShow(id);
      removeShow(dao, events, id);
    })();
    return { id, deleted: true };
  }

  /** A new show of this store with the same fields and cues, named "name (2)", "name (3)", …. */
  function duplicateShow(id: string): Show {
    const { show, cues } = getShow(id);
    return db.transaction(() => {
      const copy = createShow({ name: uniqueShowName(db, show.name), notes: show.notes, plannedStartAt: show.plannedStartAt });
      for (const cue of cues) insertCue({ showId: copy.id, type: cue.type, title: cue.title, config: { ...cue.config } });
      return mustGetShow(copy.id);
    })();
  }

  function listShows(q: { limit: number; offset: number }): Page<Show> {
    return { ...dao.listShows(q.limit, q.offset), limit: q.limit, offset: q.offset };
  }

  // ---- cues

  function insertCue(draft: CueDraft): Cue {
    return db.transaction(() => {
      mustGetShow(draft.showId, ['showId']);
      const { config, defaultTitle } = checkConfig(draft.type, draft.config);
      checkHotkeyFree(draft.showId, config, null);
      const { key } = placeKey(draft.showId, draft);
      const now = clock.now();
      const cue: Cue = {
        id: uuidv7(now),
        showId: draft.showId,
        orderKey: key,
        type: draft.type,
        title: draft.title ?? defaultTitle,
        config,
        createdAt: now,
        updatedAt: now,
      };
      dao.insertCue(cue);
      dao.touchShow(draft.showId, now);
      events.append({ type: 'cue.created', payload: { cue, afterId: draft.afterId ?? null, beforeId: draft.beforeId ?? null } });
      return cue;
    })();
  }

  function updateCue(
    id: string,
    patch: { type?: CueType | undefined; title?: string | undefined; config?: Record<string, unknown> | undefined },
  ): Cue {
    return db.transaction(() => {
      const current = mustGetCue(id);
      const next: Cue = { ...current };
      if (patch.type !== undefined || patch.config !== undefined) {
        const type = patch.type ?? current.type;
        next.type = type;
        next.config = checkConfig(type, patch.config ?? current.config).config;
        checkHotkeyFree(current.showId, next.config, id);
      }
      if (patch.title !== undefined) next.title = patch.title;
      const changes = changedFields<Cue>(current, { type: next.type, title: next.title, config: next.config });
      if (Object.keys(changes).length === 0) return current;
      next.updatedAt = clock.now();
      dao.updateCue(next);
      dao.touchShow(current.showId, next.updatedAt);
      events.append({ type: 'cue.updated', payload: { id, showId: current.showId, changes } });
      return next;
    })();
  }

  function moveCue(id: string, place: CuePlacement): Cue {
    return db.transaction(() => {
      const current = mustGetCue(id);
      const { key, lo, hi } = placeKey(current.showId, place, id);
      // Already there: nothing to write.
      if ((lo === null || lo < current.orderKey) && (hi === null || current.orderKey < hi)) return current;
      const next: Cue = { ...current, orderKey: key, updatedAt: clock.now() };
      dao.updateCue(next);
      dao.touchShow(current.showId, next.updatedAt);
      events.append({
        type: 'cue.moved',
        payload: { id, showId: current.showId, orderKey: key, afterId: place.afterId ?? null, beforeId: place.beforeId ?? null },
      });
      return next;
    })();
  }

  function deleteCue(id: string): { id: string; deleted: true } {
    db.transaction(() => {
      const cue = mustGetCue(id);
      dao.deleteCue(id);
      dao.touchShow(cue.showId, clock.now());
      events.append({ type: 'cue.deleted', payload: { id, showId: cue.showId } });
    })();
    return { id, deleted: true };
  }

  function listCues(showId: string): Cue[] {
    mustGetShow(showId, ['showId']);
    return dao.cuesOf(showId);
  }

  return { createShow, duplicateShow, getShow, updateShow, deleteShow, listShows, insertCue, updateCue, moveCue, deleteCue, listCues };
}

function missing(what: string, id: string, key: string): never {
  throw DomainError.notFound(what, id, ['config', key]);
}

export type ShowsService = ReturnType<typeof createShowsService>;
