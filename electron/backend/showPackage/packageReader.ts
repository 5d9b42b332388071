import { createHash } from 'node:crypto';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import type { z } from 'zod';
import type { ImageMime } from '../../../shared/domain/catalog/image';
import { quickPackageProduct } from '../../../shared/domain/showPackage/packageProductCheck';
import { type PackageDetail, type PackageDetailCode, packageDetail } from '../../../shared/domain/showPackage/packageRefusals';
import {
  CouponsPartV1,
  CUE_REFERENCES,
  ManifestHead,
  type ManifestV1,
  ManifestV1 as ManifestV1Schema,
  PACKAGE_ENTRY,
  PACKAGE_IMAGE_MAX_BYTES,
  PACKAGE_INFLATED_MAX_BYTES,
  PACKAGE_JSON_MAX_BYTES,
  PACKAGE_MAX_BYTES,
  PACKAGE_MAX_ENTRIES,
  PACKAGE_MAX_ITEMS,
  type PackageCoupon,
  type PackageProduct,
  type PackageTask,
  ProductsPartV1,
  parseImageEntryName,
  SHOW_PACKAGE_FORMAT,
  SHOW_PACKAGE_VERSION,
  type ShowPartV1,
  ShowPartV1 as ShowPartV1Schema,
  TasksPartV1,
} from '../../../shared/domain/showPackage/showPackageFormat';
import { DomainError } from '../dispatch/domainError';
import { detectImageMime } from '../images/imageFormat';
import { jsonListParts } from './jsonListParts';
import { listZipEntries, readZipEntry, type ZipEntry, ZipReadError } from './zipReader';

export interface PackageImage {
  entry: string;
  hash: string;
  mime: ImageMime;
  bytes: Uint8Array;
}

/** A package that passed every check: hashes, schemas, and links between its parts. */
export interface ReadPackage {
  fileName: string;
  /** SHA-256 of the whole file. */
  sha256: string;
  fileBytes: number;
  manifest: ManifestV1;
  show: ShowPartV1;
  products: PackageProduct[];
  coupons: PackageCoupon[];
  tasks: PackageTask[];
  /** By hash, in the order products first use them. */
  images: Map<string, PackageImage>;
  /** Entries this version does not know; checked for safety, otherwise left alone. */
  ignoredEntries: string[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Items of a list part validated between two turns of the event loop. */
const LIST_SLICE = 100;
/** Coupons are few but each can link thousands of products: fewer per slice. */
const COUPON_SLICE = 10;
/** Bytes of a JSON part decoded between two turns: a 3 MB products.json decoded at once holds the loop for 50 ms or more. */
const DECODE_SLICE = 256 * 1024;

/** Strict UTF-8 (a bad byte throws), decoded a slice at a time with turns between slices. */
async function decodeUtf8(bytes: Uint8Array): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += DECODE_SLICE) {
    // `stream` keeps a character cut by the slice boundary for the next slice.
    parts.push(decoder.decode(bytes.subarray(at, at + DECODE_SLICE), { stream: true }));
    if (at + DECODE_SLICE < bytes.length) await nextMacrotask();
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Why a package is refused, as a stable code the UI translates (the message stays the detail). */
export type PackageRefusal =
  | 'PACKAGE_NOT_ZIP'
  | 'PACKAGE_NOT_LIVECUE'
  | 'PACKAGE_TAMPERED'
  | 'PACKAGE_NEWER_FORMAT'
  | 'PACKAGE_TOO_LARGE'
  | 'PACKAGE_INVALID';

/**
 * A refusal naming the file (and the entry, when there is one): `message` in English, `detail` the same as a code and
 * its values for the UI to word (see PACKAGE_DETAIL_PARAMS).
 */
function refuse(
  fileName: string,
  message: string,
  detail: PackageDetail,
  reason: PackageRefusal = 'PACKAGE_INVALID',
  issues?: { path: (string | number)[]; message: string }[],
): DomainError {
  return new DomainError('INVALID_PAYLOAD', `${fileName}: ${message}`, { path: ['bytes'], reason, detail, ...(issues ? { issues } : {}) });
}

const detail = packageDetail;

/** Entry names must stay inside the package: no absolute paths, drive letters, backslashes, `..` or control characters. */
function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 300) return false;
  if (name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return false;
  const parts = name.replace(/\/$/, '').split('/');
  return parts.every((p) => p !== '' && p !== '.' && p !== '..');
}

/**
 * Reads a `.livecue` file: checks it is a zip, its entry names and sizes (before inflating anything),
 * the manifest and its format version, every entry's SHA-256, every JSON part's schema, every image's
 * name, format and hash, and that every link (cue → product/coupon/task, coupon → product, product →
 * image) stays inside the package. Refusals are DomainErrors whose message names the entry.
 * Yields to the event loop between entries.
 */
export async function readShowPackage(fileName: string, data: Uint8Array): Promise<ReadPackage> {
  if (data.length > PACKAGE_MAX_BYTES) {
    throw refuse(
      fileName,
      `the package is ${mb(data.length)}; the limit is ${mb(PACKAGE_MAX_BYTES)}`,
      detail('packageTooLarge', { size: mb(data.length), limit: mb(PACKAGE_MAX_BYTES) }),
      'PACKAGE_TOO_LARGE',
    );
  }
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(data, PACKAGE_MAX_ENTRIES);
  } catch (error) {
    if (error instanceof ZipReadError) {
      const notZip = error.message === 'not a zip file';
      throw notZip
        ? refuse(fileName, 'not a LiveCue show package (not a zip file)', detail('notZip', {}), 'PACKAGE_NOT_ZIP')
        : refuse(fileName, error.message, detail('zipDamaged', { problem: error.message }), 'PACKAGE_NOT_ZIP');
    }
    throw error;
  }

  // Names and declared sizes, before any inflating.
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (!isSafeEntryName(entry.name)) {
      throw refuse(
        fileName,
        `unsafe entry name ${JSON.stringify(entry.name)} (entries must stay inside the package)`,
        detail('unsafeEntry', { entry: entry.name }),
      );
    }
    if (byName.has(entry.name)) throw refuse(fileName, `entry ${entry.name} appears twice`, detail('entryTwice', { entry: entry.name }));
    if (!entry.name.endsWith('/')) byName.set(entry.name, entry);
  }
  const manifestEntry = byName.get(PACKAGE_ENTRY.manifest);
  if (!manifestEntry)
    throw refuse(
      fileName,
      'manifest.json is missing: this is not a LiveCue show package, or it is damaged',
      detail('manifestMissing', {}),
      'PACKAGE_NOT_LIVECUE',
    );

  const limitOf = (name: string) => (parseImageEntryName(name) ? PACKAGE_IMAGE_MAX_BYTES : PACKAGE_JSON_MAX_BYTES);
  const checkSize = (entry: ZipEntry) => {
    const limit = limitOf(entry.name);
    if (entry.size > limit)
      throw refuse(
        fileName,
        `${entry.name} is ${mb(entry.size)} uncompressed; the limit is ${mb(limit)}`,
        detail('entryTooLarge', { entry: entry.name, size: mb(entry.size), limit: mb(limit) }),
        'PACKAGE_TOO_LARGE',
      );
  };
  checkSize(manifestEntry);

  const read = async (entry: ZipEntry): Promise<Uint8Array> => {
    try {
      return await readZipEntry(data, entry);
    } catch (error) {
      if (error instanceof ZipReadError)
        throw refuse(fileName, `${entry.name}: ${error.message}`, detail('entryDamaged', { entry: entry.name, problem: error.message }));
      throw error;
    }
  };

  const manifest = readManifest(fileName, await read(manifestEntry));

  // Every entry but the manifest must be listed with its hash; every listed entry must be there.
  const known = new Set<string>(Object.values(PACKAGE_ENTRY));
  const ignoredEntries: string[] = [];
  const toRead: ZipEntry[] = [];
  let declaredTotal = manifestEntry.size;
  for (const [name, entry] of byName) {
    if (name === PACKAGE_ENTRY.manifest) continue;
    const listed = manifest.entries[name];
    if (!listed)
      throw refuse(
        fileName,
        `${name} is not listed in manifest.json (the package was altered)`,
        detail('entryNotListed', { entry: name }),
        'PACKAGE_TAMPERED',
      );
    if (!known.has(name) && !parseImageEntryName(name)) {
      ignoredEntries.push(name);
      continue;
    }
    checkSize(entry);
    if (listed.bytes !== entry.size)
      throw refuse(
        fileName,
        `${name} is ${entry.size} bytes but manifest.json says ${listed.bytes}`,
        detail('entrySizeChanged', { entry: name, size: entry.size, listed: listed.bytes }),
        'PACKAGE_TAMPERED',
      );
    declaredTotal += entry.size;
    toRead.push(entry);
  }
  if (declaredTotal > PACKAGE_INFLATED_MAX_BYTES) {
    throw refuse(
      fileName,
      `the package would unpack to ${mb(declaredTotal)}; the limit is ${mb(PACKAGE_INFLATED_MAX_BYTES)}`,
      detail('unpackedTooLarge', { size: mb(declaredTotal), limit: mb(PACKAGE_INFLATED_MAX_BYTES) }),
      'PACKAGE_TOO_LARGE',
    );
  }
  for (const name of Object.keys(manifest.entries)) {
    if (!byName.has(name))
      throw refuse(
        fileName,
        `${name} is listed in manifest.json but missing from the package`,
        detail('entryListedMissing', { entry: name }),
        'PACKAGE_TAMPERED',
      );
  }
  for (const name of [PACKAGE_ENTRY.show, PACKAGE_ENTRY.products, PACKAGE_ENTRY.coupons, PACKAGE_ENTRY.tasks]) {
    if (!byName.has(name)) throw refuse(fileName, `${name} is missing`, detail('partMissing', { entry: name }));
  }

  // Inflate and verify one entry at a time, giving the event loop a turn between entries.
  const contents = new Map<string, Uint8Array>();
  for (const entry of toRead) {
    await nextMacrotask();
    const bytes = await read(entry);
    const expected = manifest.entries[entry.name]?.sha256;
    if (sha256(bytes) !== expected) {
      throw refuse(
        fileName,
        `${entry.name} does not match its SHA-256 in manifest.json (the package is damaged or was altered)`,
        detail('entryHashChanged', { entry: entry.name }),
        'PACKAGE_TAMPERED',
      );
    }
    contents.set(entry.name, bytes);
  }

  const parseJson = async (name: string): Promise<unknown> => {
    try {
      return JSON.parse(await decodeUtf8(contents.get(name) ?? new Uint8Array()));
    } catch {
      throw refuse(fileName, `${name} is not valid JSON`, detail('notJson', { entry: name }));
    }
  };
  const check = <S extends z.ZodType>(name: string, schema: S, value: unknown, shift?: ListShift): z.output<S> => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw zodRefusal(fileName, name, parsed.error, shift);
    return parsed.data;
  };
  /**
   * A part holding one list (`{ "products": [...] }`), validated a slice of items at a time with a turn of
   * the event loop between slices: 5,000 products validated in one go hold the loop for 100 ms or more.
   */
  const parseList = async <S extends z.ZodType>(
    name: string,
    schema: S,
    key: string,
    slice = LIST_SLICE,
    quick?: (item: unknown) => unknown,
  ): Promise<z.output<S>> => {
    // A long list is read item by item, its text never built in one piece (see jsonListParts); anything else whole.
    const parts = jsonListParts(contents.get(name) ?? new Uint8Array(), key);
    let record: Record<string, unknown>;
    let count: number;
    let item: (i: number) => unknown;
    if (parts?.items && parts.items.length > slice && parts.items.length <= PACKAGE_MAX_ITEMS) {
      record = parts.rest;
      count = parts.items.length;
      item = (i) => {
        try {
          return parts.item(i);
        } catch {
          throw refuse(fileName, `${name} is not valid JSON`, detail('notJson', { entry: name }));
        }
      };
    } else {
      const value = await parseJson(name);
      const whole = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
      const list = whole?.[key];
      // Anything but a long list of allowed length is refused (or accepted) by the whole schema, as it says.
      if (!whole || !Array.isArray(list) || list.length <= slice || list.length > PACKAGE_MAX_ITEMS) return check(name, schema, value);
      record = whole;
      count = list.length;
      item = (i) => list[i];
    }
    const items: unknown[] = [];
    // Each slice of the list is checked as the list of the part, the part's other members with it.
    let rest: z.output<S> | undefined;
    for (let at = 0; at < count; at += slice) {
      await nextMacrotask();
      const list: unknown[] = [];
      for (let i = at; i < Math.min(count, at + slice); i++) list.push(item(i));
      // Anything the quick check is not sure of goes through the schema, which answers (or refuses) in its own words.
      const quickly = quick ? allQuick(list, quick) : null;
      if (quickly) {
        items.push(...quickly);
        continue;
      }
      rest = check(name, schema, { ...record, [key]: list }, { key, offset: at });
      items.push(...((rest as Record<string, unknown[]>)[key] ?? []));
    }
    // Every slice taken quickly: the other members still go through the schema, with an item it accepts.
    rest ??= check(name, schema, { ...record, [key]: [item(0)] });
    return { ...(rest as Record<string, unknown>), [key]: items } as z.output<S>;
  };
  const show = await parseList(PACKAGE_ENTRY.show, ShowPartV1Schema, 'cues');
  const { products } = await parseList(PACKAGE_ENTRY.products, ProductsPartV1, 'products', LIST_SLICE, quickPackageProduct);
  const { coupons } = await parseList(PACKAGE_ENTRY.coupons, CouponsPartV1, 'coupons', COUPON_SLICE);
  const { tasks } = await parseList(PACKAGE_ENTRY.tasks, TasksPartV1, 'tasks');

  const images = new Map<string, PackageImage>();
  for (const [name, bytes] of contents) {
    const claimed = parseImageEntryName(name);
    if (!claimed) continue;
    const actual = sha256(bytes);
    if (actual !== claimed.hash)
      throw refuse(
        fileName,
        `${name} does not match the SHA-256 in its name (the package was altered)`,
        detail('imageHashChanged', { entry: name }),
        'PACKAGE_TAMPERED',
      );
    const mime = detectImageMime(bytes);
    if (mime !== claimed.mime) {
      const format = claimed.mime.slice(6).toUpperCase();
      throw refuse(fileName, `${name} is not a ${format} image`, detail('imageNotFormat', { entry: name, format }));
    }
    if (images.has(claimed.hash))
      throw refuse(fileName, `image ${claimed.hash} is in the package twice`, detail('imageTwice', { hash: claimed.hash }));
    images.set(claimed.hash, { entry: name, hash: claimed.hash, mime, bytes });
  }

  checkLinks(fileName, show, products, coupons, tasks, images);
  checkCounts(fileName, manifest, show, products, coupons, tasks, images);

  const whole = createHash('sha256');
  const CHUNK = 8 * 1024 * 1024;
  for (let at = 0; at < data.length; at += CHUNK) {
    whole.update(data.subarray(at, at + CHUNK));
    if (at + CHUNK < data.length) await nextMacrotask();
  }
  return {
    fileName,
    sha256: whole.digest('hex'),
    fileBytes: data.length,
    manifest,
    show,
    products,
    coupons,
    tasks,
    images,
    ignoredEntries,
  };
}

/** Every item through `quick`, or null as soon as one is not sure (see quickPackageProduct). */
function allQuick(list: unknown[], quick: (item: unknown) => unknown): unknown[] | null {
  const out: unknown[] = [];
  for (const item of list) {
    const value = quick(item);
    if (value === null) return null;
    out.push(value);
  }
  return out;
}

function readManifest(fileName: string, bytes: Uint8Array): ManifestV1 {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse(fileName, 'manifest.json is not valid JSON', detail('manifestNotJson', {}), 'PACKAGE_NOT_LIVECUE');
  }
  const head = ManifestHead.safeParse(value);
  if (!head.success || head.data.format !== SHOW_PACKAGE_FORMAT) {
    throw refuse(
      fileName,
      `manifest.json does not describe a LiveCue show package (format must be "${SHOW_PACKAGE_FORMAT}")`,
      detail('notLiveCue', { format: SHOW_PACKAGE_FORMAT }),
      'PACKAGE_NOT_LIVECUE',
    );
  }
  if (head.data.formatVersion > SHOW_PACKAGE_VERSION) {
    throw refuse(
      fileName,
      `the package uses format version ${head.data.formatVersion}, newer than this LiveCue reads (${SHOW_PACKAGE_VERSION}). ` +
        'Update LiveCue to import it.',
      detail('newerFormat', { version: head.data.formatVersion, supported: SHOW_PACKAGE_VERSION }),
      'PACKAGE_NEWER_FORMAT',
    );
  }
  const parsed = ManifestV1Schema.safeParse(value);
  if (!parsed.success) throw zodRefusal(fileName, PACKAGE_ENTRY.manifest, parsed.error);
  return parsed.data;
}

/** Where a slice of a list part starts, so an issue names the item's index in the whole list. */
interface ListShift {
  key: string;
  offset: number;
}

function zodRefusal(fileName: string, entry: string, error: z.ZodError, shift?: ListShift): DomainError {
  const issues = error.issues.map((i) => {
    const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (shift && path[0] === shift.key && typeof path[1] === 'number') path[1] += shift.offset;
    return { path: [entry, ...path], message: i.message };
  });
  const first = issues[0];
  const where = first && first.path.length > 1 ? first.path.slice(1).join('.') : null;
  const problem = first?.message ?? 'invalid';
  return refuse(
    fileName,
    `${entry}${where === null ? '' : ` at "${where}"`}: ${problem}`,
    where === null ? detail('schema', { entry, problem }) : detail('schemaAt', { entry, at: where, problem }),
    'PACKAGE_INVALID',
    issues,
  );
}

/** Which detail a cue's link to a missing item is told by, by the part it should be in. */
const CUE_REFERENCE_MISSING = {
  products: 'cueProductMissing',
  coupons: 'cueCouponMissing',
  tasks: 'cueTaskMissing',
} as const satisfies Record<(typeof CUE_REFERENCES)[number]['part'], PackageDetailCode>;

function checkLinks(
  fileName: string,
  show: ShowPartV1,
  products: PackageProduct[],
  coupons: PackageCoupon[],
  tasks: PackageTask[],
  images: Map<string, PackageImage>,
): void {
  const ids = {
    products: uniqueIds(fileName, 'products.json', products),
    coupons: uniqueIds(fileName, 'coupons.json', coupons),
    tasks: uniqueIds(fileName, 'tasks.json', tasks),
  };
  const skus = new Set<string>();
  products.forEach((p, i) => {
    if (skus.has(p.sku))
      throw refuse(
        fileName,
        `products.json: SKU "${p.sku}" appears twice (product ${i + 1})`,
        detail('skuTwice', { sku: p.sku, number: i + 1 }),
      );
    skus.add(p.sku);
    for (const hash of p.images ?? []) {
      if (!images.has(hash))
        throw refuse(
          fileName,
          `products.json: product "${p.sku}" uses image ${hash}, which is not in the package`,
          detail('productImageMissing', { sku: p.sku, hash }),
        );
    }
  });
  coupons.forEach((c) => {
    for (const id of c.productIds) {
      if (!ids.products.has(id))
        throw refuse(
          fileName,
          `coupons.json: coupon "${c.name}" applies to product ${id}, which is not in products.json`,
          detail('couponProductMissing', { coupon: c.name, id }),
        );
    }
  });
  show.cues.forEach((cue, i) => {
    for (const ref of CUE_REFERENCES) {
      const id = cue.config[ref.key];
      if (id === undefined) continue;
      if (typeof id !== 'string' || !ids[ref.part].has(id)) {
        throw refuse(
          fileName,
          `show.json: cue ${i + 1} "${cue.title}" refers to ${ref.what} ${String(id)}, which is not in ${ref.part}.json`,
          detail(CUE_REFERENCE_MISSING[ref.part], { number: i + 1, title: cue.title, id: String(id) }),
        );
      }
    }
  });
}

function uniqueIds(fileName: string, entry: string, items: { id: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) throw refuse(fileName, `${entry}: id ${item.id} appears twice`, detail('idTwice', { entry, id: item.id }));
    ids.add(item.id);
  }
  return ids;
}

/** Which detail a count that differs from the manifest's is told by. */
const COUNTED = {
  cues: 'cuesCounted',
  products: 'productsCounted',
  coupons: 'couponsCounted',
  tasks: 'tasksCounted',
  images: 'imagesCounted',
} as const satisfies Record<string, PackageDetailCode>;

function checkCounts(
  fileName: string,
  manifest: ManifestV1,
  show: ShowPartV1,
  products: PackageProduct[],
  coupons: PackageCoupon[],
  tasks: PackageTask[],
  images: Map<string, PackageImage>,
): void {
  const actual = { cues: show.cues.length, products: products.length, coupons: coupons.length, tasks: tasks.length, images: images.size };
  for (const [key, n] of Object.entries(actual)) {
    const said = manifest.counts[key as keyof typeof actual];
    if (said !== n)
      throw refuse(
        fileName,
        `manifest.json counts ${said} ${key} but the package holds ${n}`,
        detail(COUNTED[key as keyof typeof actual], { said, actual: n }),
      );
  }
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
