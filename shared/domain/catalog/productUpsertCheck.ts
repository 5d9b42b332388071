import { Platform, type ProductUpsert } from './product';

/**
 * `ProductUpsert.safeParse` by hand, for the bulk import's commit: 50,000 rows through zod cost a third of a second.
 * Same rules, same output (strings trimmed, absent keys left out, a key present as `undefined` kept), and the path of
 * the issue zod would report first. A test holds the two to the same answers on edge values and random mixes; a change
 * to `ProductFields` must be made here too.
 */
export type ProductUpsertCheck = { ok: true; value: ProductUpsert } | { ok: false; path: (string | number)[]; message: string };

type Path = (string | number)[];

/** A refused value; the path is relative to the value checked. Allocated only on failure. */
class Refusal {
  constructor(
    readonly path: Path,
    readonly problem: string,
  ) {}
}

type Checked<T> = T | Refusal;
type FieldChecks = { [K in keyof ProductUpsert]-?: (value: unknown) => Checked<ProductUpsert[K]> };

const PLATFORMS: ReadonlySet<unknown> = new Set(Platform.options);
const IMAGE_HASH = /^[0-9a-f]{64}$/;

/** The schema's fields in its order: zod reports the first failing field in this order, unknown keys after all of them. */
const FIELDS: FieldChecks = {
  sku: (v) => (v === undefined ? new Refusal([], 'is required') : text(v, 1, 64)),
  title: (v) => (v === undefined ? v : text(v, 1, 200)),
  subtitle: (v) => (v === undefined ? v : text(v, 0, 200)),
  listPriceFen: (v) => (v === undefined ? v : count(v)),
  livePriceFen: (v) => (v === undefined ? v : count(v)),
  stock: (v) => (v === undefined ? v : count(v)),
  category: (v) => (v === undefined ? v : text(v, 0, 100)),
  tags: (v) => (v === undefined ? v : textList(v, 50, 50)),
  sellingPoints: (v) => (v === undefined ? v : textList(v, 500, 50)),
  platformIds: (v) => (v === undefined ? v : platformIds(v)),
  images: (v) => (v === undefined ? v : imageHashes(v)),
};
const FIELD_KEYS = Object.keys(FIELDS) as (keyof ProductUpsert)[];
const KNOWN_KEYS: ReadonlySet<string> = new Set(FIELD_KEYS);

export function checkProductUpsert(value: unknown): ProductUpsertCheck {
  if (!isObject(value)) return refused([], new Refusal([], 'must be an object'));
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) {
    // `in`, not own keys: zod reads inherited properties too. A key absent stays absent; one set to undefined is kept.
    if (!(key in input) && key !== 'sku') continue;
    const checked = FIELDS[key](input[key]);
    if (checked instanceof Refusal) return refused([key], checked);
    out[key] = checked;
  }
  // for…in as zod's strict check walks it: inherited enumerable keys count, symbols do not.
  for (const key in input) {
    if (!KNOWN_KEYS.has(key)) return refused([], new Refusal([], `has an unknown key "${key}"`));
  }
  // Every key of `out` went through its field's check above, so it has that field's type.
  return { ok: true, value: out as ProductUpsert };
}

function refused(prefix: Path, refusal: Refusal): ProductUpsertCheck {
  const path = [...prefix, ...refusal.path];
  const where = path.length === 0 ? 'the product' : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return { ok: false, path, message: `${where} ${refusal.problem}` };
}

/** zod's `z.string().trim().min(min).max(max)`, lengths in code points as this zod counts them. */
function text(value: unknown, min: number, max: number): Checked<string> {
  if (typeof value !== 'string') return new Refusal([], 'must be text');
  const trimmed = value.trim();
  // A code point is one or two UTF-16 units, so the exact count is needed only past `max` units.
  const length = trimmed.length > max ? codePoints(trimmed) : trimmed.length;
  if (length < min) return new Refusal([], 'must not be empty');
  if (length > max) return new Refusal([], `must be at most ${max} characters`);
  return trimmed;
}

function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** Fen and stock: a safe integer, not negative, or null (zod's `.int()` is safe-integer only; -0 passes as -0). */
function count(value: unknown): Checked<number | null> {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    return new Refusal([], 'must be a whole number from 0, or null');
  }
  return value;
}

/** The count is checked before the items, as this zod does (an over-long list is refused unread), so it is reported first. */
function textList(value: unknown, maxLength: number, maxItems: number): Checked<string[]> {
  if (!Array.isArray(value)) return new Refusal([], 'must be a list');
  if (value.length > maxItems) return new Refusal([], `must hold at most ${maxItems} items`);
  const out: string[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const item = text(value[i], 1, maxLength);
    if (item instanceof Refusal) return new Refusal([i], item.problem);
    out[i] = item;
  }
  return out;
}

function imageHashes(value: unknown): Checked<string[]> {
  if (!Array.isArray(value)) return new Refusal([], 'must be a list');
  if (value.length > 30) return new Refusal([], 'must hold at most 30 images');
  const out: string[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const hash: unknown = value[i];
    if (typeof hash !== 'string' || !IMAGE_HASH.test(hash)) return new Refusal([i], 'must be an image hash');
    out[i] = hash;
  }
  return out;
}

/**
 * zod's partial record over `Platform`: a plain object only, its own enumerable keys (symbols too), an own `__proto__`
 * key skipped, a bad value reported before unknown keys.
 */
function platformIds(value: unknown): Checked<Partial<Record<Platform, string>>> {
  if (!isPlainObject(value)) return new Refusal([], 'must be an object of platform ids');
  const input = value as Record<PropertyKey, unknown>;
  const out: Partial<Record<Platform, string>> = {};
  let stranger: PropertyKey | null = null;
  // Object.keys: the string part of zod's Reflect.ownKeys walk, in its order, already without non-enumerable keys.
  for (const key of Object.keys(input)) {
    if (key === '__proto__') continue;
    if (!PLATFORMS.has(key)) {
      stranger ??= key;
      continue;
    }
    const id = text(input[key], 1, 64);
    if (id instanceof Refusal) return new Refusal([key], id.problem);
    out[key as Platform] = id;
  }
  // Symbols come last in zod's walk and are never platforms, so they matter only as unknown keys.
  if (stranger === null) stranger = enumerableSymbol(input);
  if (stranger !== null) return new Refusal([], `has an unknown platform "${String(stranger)}"`);
  return out;
}

function enumerableSymbol(input: object): symbol | null {
  for (const symbol of Object.getOwnPropertySymbols(input)) if (Object.prototype.propertyIsEnumerable.call(input, symbol)) return symbol;
  return null;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** zod's `isPlainObject`, for records: no class instances, though a null prototype or an own `constructor` key pass. */
function isPlainObject(value: unknown): boolean {
  if (!isObject(value)) return false;
  const ctor: unknown = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = ctor.prototype;
  return isObject(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}
