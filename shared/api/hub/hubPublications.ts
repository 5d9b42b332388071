import { z } from 'zod';
import { ImageMime } from '../../domain/catalog/image';
import { Sha256Hex } from '../../domain/showPackage/showPackageFormat';

/** Who a publication is for. A store receives it when it matches (all / its region / its group / its code). */
export const PublicationTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('region'), region: z.string().trim().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('group'), group: z.string().trim().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('store'), storeCode: z.string().trim().min(1).max(64) }).strict(),
]);
export type PublicationTarget = z.infer<typeof PublicationTarget>;

export const PublicationKind = z.enum(['show', 'catalog', 'coupons']);
export type PublicationKind = z.infer<typeof PublicationKind>;

/** An image a publication needs, fetched by hash from `GET /v1/images/:sha256` (content-addressed: once per store). */
const PublicationImage = z.object({ sha256: Sha256Hex, mime: ImageMime, bytes: z.number().int().positive() });

/**
 * A publication's content: the JSON entries of a show package, byte for byte as the producer's LiveCue
 * wrote them (so the manifest's hashes still hold when the store puts the package back together), and
 * the images by hash. `show`: manifest.json, show.json, products.json, coupons.json, tasks.json.
 * `catalog`: products.json. `coupons`: coupons.json and the products.json its coupons link to.
 */
export const PublicationContent = z.object({
  entries: z.record(z.string().regex(/^[a-z]+\.json$/), z.string().max(16 * 1024 * 1024)),
  images: z.array(PublicationImage).max(2000),
});
export type PublicationContent = z.infer<typeof PublicationContent>;

/**
 * `POST /v1/publications` (producer). `key` names what is published across versions (a show's id on the
 * producer's PC, `catalog`, `coupons`): a new publication with the same key is the next version and replaces
 * the store's copy. Every image hash named must already be on the hub (`POST /v1/images`).
 */
export const PublishRequest = z
  .object({
    kind: PublicationKind,
    key: z.string().trim().min(1).max(100),
    title: z.string().trim().min(1).max(200),
    target: PublicationTarget,
    content: PublicationContent,
  })
  .strict();
export type PublishRequest = z.infer<typeof PublishRequest>;

export const PublishResponse = z.object({
  publicationId: z.number().int().positive(),
  version: z.number().int().positive(),
  /** Stores the target matches now. */
  storeCount: z.number().int().nonnegative(),
});
export type PublishResponse = z.infer<typeof PublishResponse>;

/** One publication as a store pulls it. `id` is the hub's global, increasing publication number: the store's cursor. */
export const Publication = z.object({
  id: z.number().int().positive(),
  kind: PublicationKind,
  key: z.string(),
  version: z.number().int().positive(),
  title: z.string(),
  publishedAt: z.number().int(),
  publishedBy: z.string(),
  content: PublicationContent,
});
export type Publication = z.infer<typeof Publication>;

/**
 * `GET /v1/publications?after=N&limit=M&waiting=W` (device): this store's publications after its cursor, oldest
 * first. `waiting`: events in the PC's outbox the hub has not acknowledged, shown at head office. Not `.strict()`
 * on purpose: a hub strips keys it does not know, so an older hub still answers a newer store.
 */
export const PublicationsQuery = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  waiting: z.coerce.number().int().nonnegative().optional(),
});
export type PublicationsQuery = z.output<typeof PublicationsQuery>;
export const PublicationsPage = z.object({
  publications: z.array(Publication),
  /** The cursor to ask after next time (the last id in this page, or `after` when there was none). */
  cursor: z.number().int().nonnegative(),
  more: z.boolean(),
});
export type PublicationsPage = z.infer<typeof PublicationsPage>;

export const DeliveryStatus = z.enum(['received', 'applied', 'deferred', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

/**
 * `POST /v1/deliveries` (device): what became of each publication at this store. `deferred`: waiting for a
 * live session on that show to end. `reason` says why in plain words for `failed` and `deferred`.
 */
export const DeliveryReport = z
  .object({
    reports: z
      .array(
        z
          .object({
            publicationId: z.number().int().positive(),
            status: DeliveryStatus,
            reason: z.string().max(2000).nullable(),
            at: z.number().int(),
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();
export type DeliveryReport = z.infer<typeof DeliveryReport>;

/** `POST /v1/images` (producer): one image, base64. The hub checks the hash against the bytes. */
export const ImageUpload = z
  .object({
    sha256: Sha256Hex,
    mime: ImageMime,
    base64: z
      .string()
      .min(1)
      .max(Math.ceil((10 * 1024 * 1024) / 3) * 4 + 4),
  })
  .strict();
export type ImageUpload = z.infer<typeof ImageUpload>;

/** `POST /v1/images/missing` (producer): which of these the hub does not hold yet. */
export const ImagesMissingRequest = z.object({ hashes: z.array(Sha256Hex).max(2000) }).strict();
export const ImagesMissingResponse = z.object({ missing: z.array(Sha256Hex) });
