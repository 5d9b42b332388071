import { z } from 'zod';
import { EpochMs, Fen, Id } from './common';
import { ImageHash } from './image';

/** Platforms a product can be listed on; `platformIds` maps each to that platform's item id. */
export const Platform = z.enum(['taobao', 'tmall', 'douyin', 'kuaishou', 'pinduoduo', 'jd', 'xiaohongshu', 'weixin']);
export type Platform = z.infer<typeof Platform>;

const Sku = z.string().trim().min(1, 'SKU is required').max(64, 'SKU is at most 64 characters');

/**
 * Product fields as a client sends them. Every field but `sku` and `title` may be left out on create.
 * Prices are integer fen (分); `null` means "not set" (a card never shows ¥0 by accident).
 */
export const ProductFields = z.object({
  sku: Sku,
  title: z.string().trim().min(1, 'title is required').max(200),
  subtitle: z.string().trim().max(200),
  /** List (strike-through) price, integer fen; null when unknown. */
  listPriceFen: Fen.nullable(),
  /** Price during the live, integer fen; null when unknown. */
  livePriceFen: Fen.nullable(),
  /** Units in stock; null when not tracked. */
  stock: z.number().int('stock must be a whole number').nonnegative('stock must not be negative').nullable(),
  category: z.string().trim().max(100),
  tags: z.array(z.string().trim().min(1).max(50)).max(50),
  /** Talking points (话术) for the host, one line each, in order. */
  sellingPoints: z.array(z.string().trim().min(1).max(500)).max(50),
  /** Item id on each platform, e.g. `{ douyin: "3581…", tmall: "6712…" }`. */
  platformIds: z.partialRecord(Platform, z.string().trim().min(1).max(64)),
  /** Image hashes in display order; the first is the main image. */
  images: z.array(ImageHash).max(30),
});
export type ProductFields = z.infer<typeof ProductFields>;

export const ProductCreate = ProductFields.partial().required({ sku: true, title: true }).strict();
export type ProductCreate = z.infer<typeof ProductCreate>;

/** Changes to a product: only the keys present change. */
export const ProductPatch = ProductFields.partial().strict();
export type ProductPatch = z.infer<typeof ProductPatch>;

/** A bulk-import row: matched by SKU, created when new (then `title` is required), patched otherwise. */
export const ProductUpsert = ProductFields.partial().required({ sku: true }).strict();
export type ProductUpsert = z.infer<typeof ProductUpsert>;

export const Product = ProductFields.extend({
  id: Id,
  platformIds: z.record(z.string(), z.string()),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Product = z.infer<typeof Product>;

export const productDefaults: Omit<ProductFields, 'sku' | 'title'> = {
  subtitle: '',
  listPriceFen: null,
  livePriceFen: null,
  stock: null,
  category: '',
  tags: [],
  sellingPoints: [],
  platformIds: {},
  images: [],
};
