import type { Page } from '../../../shared/domain/catalog/common';
import {
  type Product,
  ProductCreate,
  type ProductFields,
  type ProductPatch,
  ProductUpsert,
  productDefaults,
} from '../../../shared/domain/catalog/product';
import type { Clock } from '../clock';
import { DomainError } from '../dispatch/domainError';
import type { EventStore, NewEvent } from '../events/eventStore';
import { uuidv7 } from '../events/uuidv7';
import { createImagesDao } from '../images/images.dao';
import { findCueUsing } from '../shows/cueRefs';
import type { Db } from '../store/database';
import { createProductsDao, type ProductListQuery, type ProductRecord } from './products.dao';
import { changedFields } from './sameValue';

export interface CatalogDeps {
  db: Db;
  events: EventStore;
  clock: Clock;
}

export type UpsertAction = 'created' | 'updated' | 'unchanged';

export interface UpsertOptions {
  /**
   * One event per created/updated product (default). A bulk import turns this off and logs one
   * `product.imported` event listing every SKU it created or updated, in the same transaction.
   */
  logEach?: boolean;
}

export interface UpsertResult {
  created: number;
  updated: number;
  unchanged: number;
  /** One entry per input row, in input order. */
  rows: { sku: string; id: string; action: UpsertAction }[];
}

// Re-exported so the importer needs one import for the row type it sends.
export { ProductUpsert };

/**
 * Products: CRUD, search, and bulk upsert by SKU for imports. Every change and its event commit in
 * one transaction; a refused change leaves nothing behind.
 */
export function createProductsService({ db, events, clock }: CatalogDeps) {
  const dao = createProductsDao(db);
  const images = createImagesDao(db);

  function mustGet(id: string): ProductRecord {
    const found = dao.get(id);
    if (!found) throw DomainError.notFound('Product', id, ['id']);
    return found;
  }

  function checkImages(hashes: readonly string[] | undefined, prefix: (string | number)[] = []): void {
    if (!hashes) return;
    const missing = new Set(images.missing(hashes));
    const at = hashes.findIndex((h) => missing.has(h));
    if (at >= 0) throw DomainError.notFound('Image', hashes[at] as string, [...prefix, 'images', at]);
    const dup = hashes.findIndex((h, i) => hashes.indexOf(h) !== i);
    if (dup >= 0) throw new DomainError('INVALID_PAYLOAD', `Image ${hashes[dup]} is listed twice`, { path: [...prefix, 'images', dup] });
  }

  function checkSkuFree(sku: string, exceptId: string | null, prefix: (string | number)[] = []): void {
    const holder = dao.getBySku(sku);
    if (holder && holder.id !== exceptId) {
      throw new DomainError('CONFLICT', `SKU "${sku}" is already used by "${holder.title}"`, { path: [...prefix, 'sku'] });
    }
  }

  /** Inserts a new product; caller holds the transaction. */
  function insertOne(
    input: ProductCreate,
    now: number,
    prefix: (string | number)[] = [],
    skuKnownFree = false,
  ): { product: Product; event: NewEvent } {
    if (!skuKnownFree) checkSkuFree(input.sku, null, prefix);
    checkImages(input.images, prefix);
    const fields: ProductFields = { ...productDefaults, ...stripUndefined(input) };
    const record: ProductRecord = { ...withoutImages(fields), id: uuidv7(now), createdAt: now, updatedAt: now };
    dao.insert(record);
    if (fields.images.length > 0) dao.setImages(record.id, fields.images);
    const product: Product = { ...record, images: fields.images };
    return { product, event: { type: 'product.created', payload: { product } } };
  }

  /** Applies a patch; caller holds the transaction. No event when nothing changes. */
  function patchOne(current: ProductRecord, patch: ProductPatch, now: number, prefix: (string | number)[] = []) {
    const currentImages = patch.images ? dao.images(current.id) : undefined;
    const changes = changedFields<ProductFields>({ ...current, images: currentImages ?? [] }, stripUndefined(patch));
    if (Object.keys(changes).length === 0) return { product: null, event: null };
    if (changes.sku !== undefined) checkSkuFree(changes.sku, current.id, prefix);
    if (changes.images) checkImages(changes.images, prefix);
    const { images: newImages, ...rest } = changes;
    const record: ProductRecord = { ...current, ...rest, updatedAt: now };
    dao.update(record);
    if (newImages) dao.setImages(current.id, newImages);
    const event: NewEvent = { type: 'product.updated', payload: { id: current.id, sku: record.sku, changes } };
    return { product: record, event };
  }

  function get(id: string): Product {
    const [product] = dao.withImages([mustGet(id)]);
    return product as Product;
  }

  function create(input: ProductCreate): Product {
    const parsed = ProductCreate.safeParse(input);
    if (!parsed.success) throw DomainError.fromZod(parsed.error);
    return db.transaction(() => {
      const { product, event } = insertOne(parsed.data, clock.now());
      events.append(event);
      return product;
    })();
  }

  function update(id: string, patch: ProductPatch): Product {
    db.transaction(() => {
      const { event } = patchOne(mustGet(id), patch, clock.now());
      if (event) events.append(event);
    })();
    return get(id);
  }

  function remove(id: string): { id: string; deleted: true } {
    db.transaction(() => {
      const product = mustGet(id);
      const user = findCueUsing(db, 'productId', id);
      if (user)
        throw new DomainError('CONFLICT', `"${product.title}" is used by cue "${user.cueTitle}" in show "${user.showName}"`, {
          path: ['id'],
        });
      dao.remove(id);
      events.append({ type: 'product.deleted', payload: { id, sku: product.sku } });
    })();
    return { id, deleted: true };
  }

  function list(query: ProductListQuery): Page<Product> {
    const { items, total } = dao.list(query);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /** Products with these SKUs, keyed by SKU (absent SKUs are simply missing from the map). */
  function getBySkus(skus: readonly string[]): Map<string, Product> {
    const out = new Map<string, Product>();
    const CHUNK = 5000;
    for (let i = 0; i < skus.length; i += CHUNK) {
      for (const p of dao.withImages(dao.getBySkus(skus.slice(i, i + CHUNK)))) out.set(p.sku, p);
    }
    return out;
  }

  /**
   * Creates or patches products matched by SKU, all in ONE transaction: if any row is refused, none
   * is written and the DomainError names the row (`path[0]` is its index in `rows`). Only keys present
   * in a row change; `platformIds` merge per platform, so a sheet with only a Douyin column never
   * erases a Tmall id. Rows that change nothing write nothing. A SKU listed twice is applied in order.
   * Synchronous: for very large imports call it per chunk (e.g. 2,000 rows) and yield between calls,
   * accepting that each chunk commits on its own.
   */
  function upsertMany(rows: readonly ProductUpsert[], options: UpsertOptions = {}): UpsertResult {
    return applyUpserts(validateUpserts(rows), options);
  }

  function validateUpserts(rows: readonly ProductUpsert[]): ProductUpsert[] {
    return rows.map((row, i) => {
      const result = ProductUpsert.safeParse(row);
      if (!result.success) throw DomainError.fromZod(result.error, [i]);
      return result.data;
    });
  }

  function applyUpserts(parsed: readonly ProductUpsert[], options: UpsertOptions = {}): UpsertResult {
    return db.transaction(() => {
      const now = clock.now();
      const result: UpsertResult = { created: 0, updated: 0, unchanged: 0, rows: [] };
      const pending: NewEvent[] = [];
      // One lookup for the whole batch instead of one per row; kept current as rows are applied.
      const known = new Map<string, ProductRecord>();
      for (const record of dao.getBySkus([...new Set(parsed.map((r) => r.sku))])) known.set(record.sku, record);
      parsed.forEach((row, i) => {
        const current = known.get(row.sku);
        if (!current) {
          if (row.title === undefined) {
            throw new DomainError('INVALID_PAYLOAD', `Row ${i + 1} (SKU "${row.sku}"): title is required for a new product`, {
              path: [i, 'title'],
            });
          }
          // `known` holds every SKU of the batch that exists (looked up once above): no second look-up per row.
          const { product, event } = insertOne({ ...row, title: row.title }, now, [i], true);
          known.set(product.sku, product);
          pending.push(event);
          result.created++;
          result.rows.push({ sku: row.sku, id: product.id, action: 'created' });
          return;
        }
        const patch: ProductPatch = { ...row };
        if (row.platformIds) patch.platformIds = { ...current.platformIds, ...row.platformIds };
        const { product, event } = patchOne(current, patch, now, [i]);
        if (product) known.set(product.sku, product);
        if (event) pending.push(event);
        result[event ? 'updated' : 'unchanged']++;
        result.rows.push({ sku: row.sku, id: current.id, action: event ? 'updated' : 'unchanged' });
      });
      if (options.logEach !== false) events.appendMany(pending);
      return result;
    })();
  }

  /** Which of these SKUs the catalog already has (for an import preview: create vs update). */
  function existingSkus(skus: readonly string[]): Set<string> {
    const out = new Set<string>();
    const CHUNK = 5000;
    for (let i = 0; i < skus.length; i += CHUNK) for (const r of dao.getBySkus(skus.slice(i, i + CHUNK))) out.add(r.sku);
    return out;
  }

  return { get, create, update, remove, list, getBySkus, existingSkus, upsertMany };
}

export type ProductsService = ReturnType<typeof createProductsService>;

function withoutImages(fields: ProductFields): Omit<ProductFields, 'images'> {
  const { images: _images, ...rest } = fields;
  return rest;
}

function stripUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
