import type Database from 'better-sqlite3';
import { type Cue, CueConfigs } from '../../../shared/domain/catalog/show';
import type { PreflightCheck, PreflightIssue } from '../../../shared/domain/session/sessionPreflight';

const TABLE = { productId: 'products', couponId: 'coupons', taskId: 'loyalty_tasks' } as const;
const NOUN = { productId: 'Product', couponId: 'Coupon', taskId: 'Task' } as const;

/**
 * Is the show fit to go live: it has cues, each cue's settings parse for its type, and every product,
 * coupon and task a cue points at still exists (the catalog may have changed since the show was built).
 * A coupon whose validity window is over is a warning: the host may still mention it. So is a flash sale without a
 * flash price (its own, or a 秒杀价 coupon's).
 */
export function checkShow(db: Database.Database, cues: readonly Cue[], now: number): PreflightCheck {
  if (cues.length === 0) {
    return { id: 'show', status: 'failed', code: 'SHOW_EMPTY', message: 'The show has no cues', issues: [] };
  }
  const exists = (table: string) => db.prepare<[string], { id: string }>(`SELECT id FROM ${table} WHERE id = ?`);
  const lookups = { productId: exists(TABLE.productId), couponId: exists(TABLE.couponId), taskId: exists(TABLE.taskId) };
  const couponEnd = db.prepare<[string], { ends_at: number }>('SELECT ends_at FROM coupons WHERE id = ?');
  const couponType = db.prepare<[string], { type: string }>('SELECT type FROM coupons WHERE id = ?');
  const failures: PreflightIssue[] = [];
  const warnings: PreflightIssue[] = [];
  for (const cue of cues) {
    const parsed = CueConfigs[cue.type].safeParse(cue.config);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = ['config', ...issue.path.map(String)].join('.');
        failures.push({ code: 'CUE_INVALID', message: `Cue "${cue.title}": ${where}: ${issue.message}`, cueId: cue.id, subject: where });
      }
      continue;
    }
    for (const key of ['productId', 'couponId', 'taskId'] as const) {
      const id = cue.config[key];
      if (typeof id !== 'string') continue;
      if (!lookups[key].get(id)) {
        failures.push({
          code: 'ITEM_MISSING',
          message: `Cue "${cue.title}": ${NOUN[key]} ${id} no longer exists`,
          cueId: cue.id,
          subject: id,
        });
      } else if (key === 'couponId' && (couponEnd.get(id)?.ends_at ?? Number.POSITIVE_INFINITY) <= now) {
        warnings.push({ code: 'COUPON_EXPIRED', message: `Cue "${cue.title}": coupon ${id} has expired`, cueId: cue.id, subject: id });
      }
    }
    // The card would show the live price as the flash price: worth a look, not a reason to stop.
    if (cue.type === 'flash_sale' && typeof cue.config.flashPriceFen !== 'number') {
      const couponId = cue.config.couponId;
      const priced = typeof couponId === 'string' && couponType.get(couponId)?.type === 'flash_price';
      if (!priced) {
        warnings.push({
          code: 'FLASH_PRICE_MISSING',
          message: `Cue "${cue.title}": the flash sale has no flash price, so the live price shows as its price`,
          cueId: cue.id,
          subject: cue.title,
        });
      }
    }
  }
  if (failures.length > 0) {
    return {
      id: 'show',
      status: 'failed',
      code: 'SHOW_INVALID',
      message: `${failures.length} problem(s) in the cues`,
      issues: [...failures, ...warnings],
    };
  }
  if (warnings.length > 0) {
    return { id: 'show', status: 'warning', code: 'SHOW_WARNINGS', message: `${warnings.length} warning(s) in the cues`, issues: warnings };
  }
  return { id: 'show', status: 'ok', code: 'OK', message: `${cues.length} cues ready`, issues: [] };
}
