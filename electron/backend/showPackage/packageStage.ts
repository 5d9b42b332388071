import type { z } from 'zod';
import { CouponCreate } from '../../../shared/domain/catalog/coupon';
import { TaskCreate } from '../../../shared/domain/catalog/loyaltyTask';
import { type CueConfig, CueConfigs, type CueType, ShowCreate } from '../../../shared/domain/catalog/show';
import { packageDetail } from '../../../shared/domain/showPackage/packageRefusals';
import { createProductImportStage, type ProductImportStage } from '../catalog/productImportStage';
import type { Clock } from '../clock';
import { DomainError } from '../dispatch/domainError';
import type { Db } from '../store/database';
import { toUpsertRow } from './packagePreview';
import type { ReadPackage } from './packageReader';
import { within } from './partLabel';

/** Package products staged per step: a few milliseconds of TEMP inserts (the reader validated them). */
const STAGE_CHUNK = 100;

/**
 * A checked package, held to the catalog's rules and ready to apply: products staged as final
 * column values in a TEMP table of `db` (the products import's stage, in package order; their package ids
 * and image lists stay in the package), the few coupons, tasks and cues parsed in memory. Ids inside are
 * still the package's; the apply maps them to this PC's.
 */
export interface PackageStage {
  products: ProductImportStage;
  coupons: { packageId: string; fields: CouponCreate }[];
  tasks: { packageId: string; fields: TaskCreate }[];
  show: ShowCreate;
  cues: { type: CueType; title: string; config: CueConfig }[];
  drop(): void;
}

/**
 * Validates (the products: the reader did, by a stricter schema) and stages `pkg` on `db`, yielding between
 * chunks. Everything the apply could refuse is refused here, before any catalog row is written; TEMP tables
 * take no lock on the catalog.
 */
export function* stagePackage(db: Db, clock: Clock, pkg: ReadPackage): Generator<void, PackageStage> {
  const label = (part: string) => `${pkg.fileName}: ${part}`;
  const products = createProductImportStage(db, clock);
  const drop = () => products.drop();
  try {
    for (let from = 0; from < pkg.products.length; from += STAGE_CHUNK) {
      const to = Math.min(from + STAGE_CHUNK, pkg.products.length);
      // The reader held each product to the package format's schema, which asks all the catalog's rules and more.
      within(label('products.json'), () => products.add(pkg.products.slice(from, to).map(toUpsertRow), { checked: true }));
      yield;
    }

    const coupons: PackageStage['coupons'] = [];
    for (const [i, c] of pkg.coupons.entries()) {
      const { id, ...fields } = c;
      coupons.push({ packageId: id, fields: within(label(`coupons.json coupon ${i + 1} "${c.name}"`), () => parse(CouponCreate, fields)) });
      yield;
    }
    const tasks: PackageStage['tasks'] = [];
    for (const [i, t] of pkg.tasks.entries()) {
      const { id, ...fields } = t;
      tasks.push({ packageId: id, fields: within(label(`tasks.json task ${i + 1} "${t.title}"`), () => parse(TaskCreate, fields)) });
      yield;
    }
    const show = within(label('show.json'), () => parse(ShowCreate, pkg.show.show));
    const cues: PackageStage['cues'] = [];
    const hotkeys = new Map<string, number>();
    for (const [i, cue] of pkg.show.cues.entries()) {
      const config = within(label(`show.json cue ${i + 1} "${cue.title}"`), () => {
        const parsed = parse(CueConfigs[cue.type], cue.config, ['config']) as CueConfig;
        checkHotkeyFree(parsed, i, hotkeys, pkg);
        return parsed;
      });
      cues.push({ type: cue.type, title: cue.title, config });
      yield;
    }
    return { products, coupons, tasks, show, cues, drop };
  } catch (error) {
    drop();
    throw error;
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown, prefix: (string | number)[] = []): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw DomainError.fromZod(parsed.error, prefix);
  return parsed.data;
}

/** A hotkey fires one cue: the shows service's rule, checked across the package's cues. */
function checkHotkeyFree(config: CueConfig, index: number, seen: Map<string, number>, pkg: ReadPackage): void {
  const hotkey = config.hotkey;
  if (typeof hotkey !== 'string') return;
  const other = seen.get(hotkey);
  if (other === undefined) {
    seen.set(hotkey, index);
    return;
  }
  const title = pkg.show.cues[other]?.title ?? '';
  throw new DomainError('CONFLICT', `${hotkey} is already the hotkey of cue ${other + 1} “${title}”`, {
    path: ['config', 'hotkey'],
    // The package's content is at fault, not this PC's: the panel says so.
    reason: 'PACKAGE_INVALID',
    detail: packageDetail('hotkeyTaken', {
      number: index + 1,
      title: pkg.show.cues[index]?.title ?? '',
      hotkey,
      other: other + 1,
      otherTitle: title,
    }),
  });
}
