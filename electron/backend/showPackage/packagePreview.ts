import { randomUUID } from 'node:crypto';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import type { Product, ProductFields, ProductUpsert } from '../../../shared/domain/catalog/product';
import type { PackageProduct } from '../../../shared/domain/showPackage/showPackageFormat';
import type { PackageProblem, ShowPackagePreview } from '../../../shared/domain/showPackage/showPackageResults';
import { changedFields } from '../catalog/sameValue';
import type { Clock } from '../clock';
import { uniqueShowName } from '../shows/uniqueShowName';
import type { ReadPackage } from './packageReader';
import type { ShowPackageServices } from './services';

export type ImportPlan = Omit<ShowPackagePreview, 'previewId' | 'fileName' | 'expiresAt'>;

/** A package product as an upsert row: its SKU and every field it carries (the package's values win for those). */
export function toUpsertRow(p: PackageProduct): ProductUpsert {
  const { id: _id, ...fields } = p;
  return fields;
}

/** The fields of `local` the package product would change; platform ids merge per platform, as the upsert does. */
function productChanges(local: Product, p: PackageProduct): { field: string; from: unknown; to: unknown }[] {
  const row = toUpsertRow(p);
  const patch: { [K in keyof ProductFields]?: ProductFields[K] | undefined } = row.platformIds
    ? { ...row, platformIds: { ...local.platformIds, ...row.platformIds } }
    : row;
  const changes = changedFields<ProductFields>(local as ProductFields, patch);
  return Object.entries(changes).map(([field, to]) => ({ field, from: local[field as keyof ProductFields], to }));
}

/** Package products compared with the catalog between two turns of the event loop (5,000 at once take 150 ms or more). */
const PLAN_SLICE = 250;

/** What importing `pkg` would do to this PC's catalog right now. Reads only; gives the event loop a turn between slices of products. */
export async function planImport(services: ShowPackageServices, pkg: ReadPackage): Promise<ImportPlan> {
  const { products, images, db, clock } = services;
  const plan: ImportPlan = {
    source: {
      formatVersion: pkg.manifest.formatVersion,
      appVersion: pkg.manifest.appVersion,
      exportedAt: pkg.manifest.exportedAt,
      deviceId: pkg.manifest.sourceDeviceId,
    },
    show: { name: pkg.show.show.name, importAs: uniqueShowName(db, pkg.show.show.name), cueCount: pkg.show.cues.length },
    products: { create: [], update: [], unchanged: [] },
    coupons: { create: pkg.coupons.map((c) => ({ name: c.name, type: c.type })) },
    tasks: { create: pkg.tasks.map((t) => ({ title: t.title, type: t.type })) },
    images: { new: [], present: [] },
    problems: [],
  };
  for (let at = 0; at < pkg.products.length; at += PLAN_SLICE) {
    const slice = pkg.products.slice(at, at + PLAN_SLICE);
    const local = products.getBySkus(slice.map((p) => p.sku));
    for (const p of slice) {
      const existing = local.get(p.sku);
      if (!existing) {
        plan.products.create.push({ sku: p.sku, title: p.title });
        continue;
      }
      const changes = productChanges(existing, p);
      if (changes.length === 0) plan.products.unchanged.push({ id: existing.id, sku: p.sku, title: existing.title });
      else plan.products.update.push({ id: existing.id, sku: p.sku, title: existing.title, changes });
    }
    await nextMacrotask();
  }
  const missing = new Set(images.missing([...pkg.images.keys()]));
  for (const image of pkg.images.values()) {
    plan.images[missing.has(image.hash) ? 'new' : 'present'].push({ hash: image.hash, mime: image.mime, bytes: image.bytes.length });
  }

  const problems: PackageProblem[] = plan.problems;
  if (plan.show.importAs !== plan.show.name) {
    const { name, importAs } = plan.show;
    problems.push({
      code: 'SHOW_RENAMED',
      entry: 'show.json',
      name,
      importAs,
      message: `A show named "${name}" already exists; the imported show will be named "${importAs}"`,
    });
  }
  const now = clock.now();
  for (const c of pkg.coupons) {
    if (c.endsAt <= now) {
      problems.push({
        code: 'COUPON_ENDED',
        entry: 'coupons.json',
        coupon: c.name,
        endsAt: c.endsAt,
        message: `Coupon "${c.name}" ended on ${new Date(c.endsAt).toISOString().slice(0, 10)}`,
      });
    }
  }
  for (const name of pkg.ignoredEntries) {
    problems.push({ code: 'ENTRY_IGNORED', entry: name, message: `${name} is not used by this version of LiveCue and will be ignored` });
  }
  return plan;
}

export interface StoredPreview {
  id: string;
  pkg: ReadPackage;
  expiresAt: number;
  /** Set while a commit runs, so the same preview is not applied twice at once. */
  committing: boolean;
}

/**
 * Checked packages waiting for the user's go-ahead, in memory. A few at most (each holds its images),
 * each for a limited time; the oldest goes when a new one arrives and there is no room.
 */
export class PreviewStore {
  readonly #clock: Clock;
  readonly #ttlMs: number;
  readonly #max: number;
  readonly #items = new Map<string, StoredPreview>();

  constructor(clock: Clock, options: { ttlMs?: number; max?: number } = {}) {
    this.#clock = clock;
    this.#ttlMs = options.ttlMs ?? 15 * 60 * 1000;
    this.#max = options.max ?? 3;
  }

  add(pkg: ReadPackage): StoredPreview {
    this.#sweep();
    for (const [id, item] of this.#items) {
      if (this.#items.size < this.#max) break;
      if (!item.committing) this.#items.delete(id);
    }
    const item: StoredPreview = { id: randomUUID(), pkg, expiresAt: this.#clock.now() + this.#ttlMs, committing: false };
    this.#items.set(item.id, item);
    return item;
  }

  get(id: string): StoredPreview | undefined {
    this.#sweep();
    return this.#items.get(id);
  }

  delete(id: string): void {
    this.#items.delete(id);
  }

  get size(): number {
    this.#sweep();
    return this.#items.size;
  }

  #sweep(): void {
    const now = this.#clock.now();
    for (const [id, item] of this.#items) if (item.expiresAt <= now && !item.committing) this.#items.delete(id);
  }
}
