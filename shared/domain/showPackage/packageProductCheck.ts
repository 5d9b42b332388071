import { checkProductUpsert } from '../catalog/productUpsertCheck';
import { PackageProduct } from './showPackageFormat';

/** Lower-case RFC 9562 UUIDs, versions 1-8: a subset of what the format's `Id` accepts. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The keys a package product may carry: its fields and its id. */
const KEYS: ReadonlySet<string> = new Set(Object.keys(PackageProduct.shape));

/**
 * `PackageProduct.parse` by hand for the products a package reader sees every day: 5,000 through zod cost 35 ms of a
 * preview, this a quarter of that. Null means "not sure": anything odd (an unknown key, an upper-case id, any refusal)
 * is left to the schema, which then gives its own answer and its own words. What this accepts, the schema accepts
 * with the same output (a test holds the two together on random mixes).
 */
export function quickPackageProduct(value: unknown): PackageProduct | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const input = value as Record<string, unknown>;
  // for…in, as the schema reads: inherited enumerable keys count (an own copy of them is what gets checked).
  const fields: Record<string, unknown> = {};
  for (const key in input) {
    if (!KEYS.has(key)) return null;
    if (key !== 'id') fields[key] = input[key];
  }
  const id = input.id;
  if (typeof id !== 'string' || !ID.test(id) || fields.title === undefined) return null;
  const checked = checkProductUpsert(fields);
  if (!checked.ok) return null;
  // The schema's output order: the fields, then the id it was extended with.
  return { ...checked.value, id } as PackageProduct;
}
