/**
 * Why a show package was refused, in detail: a stable code per refusal and the names of the values it carries, so
 * the UI words it in the user's language (the backend's English message stays for logs and other clients). The
 * backend may only send a code with exactly these values; the UI's texts use exactly these placeholders (tested).
 */
export const PACKAGE_DETAIL_PARAMS = {
  packageTooLarge: ['size', 'limit'],
  notZip: [],
  zipDamaged: ['problem'],
  unsafeEntry: ['entry'],
  entryTwice: ['entry'],
  manifestMissing: [],
  entryTooLarge: ['entry', 'size', 'limit'],
  entryDamaged: ['entry', 'problem'],
  entryNotListed: ['entry'],
  entrySizeChanged: ['entry', 'size', 'listed'],
  unpackedTooLarge: ['size', 'limit'],
  entryListedMissing: ['entry'],
  partMissing: ['entry'],
  entryHashChanged: ['entry'],
  notJson: ['entry'],
  imageHashChanged: ['entry'],
  imageNotFormat: ['entry', 'format'],
  imageTwice: ['hash'],
  manifestNotJson: [],
  notLiveCue: ['format'],
  newerFormat: ['version', 'supported'],
  schema: ['entry', 'problem'],
  schemaAt: ['entry', 'at', 'problem'],
  skuTwice: ['sku', 'number'],
  productImageMissing: ['sku', 'hash'],
  couponProductMissing: ['coupon', 'id'],
  cueProductMissing: ['number', 'title', 'id'],
  cueCouponMissing: ['number', 'title', 'id'],
  cueTaskMissing: ['number', 'title', 'id'],
  idTwice: ['entry', 'id'],
  cuesCounted: ['said', 'actual'],
  productsCounted: ['said', 'actual'],
  couponsCounted: ['said', 'actual'],
  tasksCounted: ['said', 'actual'],
  imagesCounted: ['said', 'actual'],
  hotkeyTaken: ['number', 'title', 'hotkey', 'other', 'otherTitle'],
  productGone: ['sku'],
} as const satisfies Record<string, readonly string[]>;

export type PackageDetailCode = keyof typeof PACKAGE_DETAIL_PARAMS;

type Names<C extends PackageDetailCode> = (typeof PACKAGE_DETAIL_PARAMS)[C][number];

/** A refusal's detail: its code and a value for each of the code's names (one of these per code). */
export type PackageDetail<C extends PackageDetailCode = PackageDetailCode> = C extends PackageDetailCode
  ? { code: C; params: Record<Names<C>, string | number> }
  : never;

/** A detail with exactly its code's values (a missing or an extra one does not compile). */
export function packageDetail<C extends PackageDetailCode, P extends Record<Names<C>, string | number>>(
  code: C,
  params: P & Record<Exclude<keyof P, Names<C>>, never>,
): PackageDetail<C> {
  // TypeScript cannot narrow the conditional PackageDetail<C> for a generic C; the signature above holds the values.
  return { code, params } as unknown as PackageDetail<C>;
}

/**
 * An import that stopped partway names how many of its products were kept (`written` of `total`) beside its cause's
 * values, so the panel can say both; read them with `unfinishedCounts`.
 */
export function withUnfinishedCounts<D extends { code: string; params: Record<string, string | number> }>(
  detail: D,
  written: number,
  total: number,
): D {
  return { ...detail, params: { ...detail.params, written, total } };
}

/** The counts `withUnfinishedCounts` added, when they are there. */
export function unfinishedCounts(detail: PackageDetail): { written: number; total: number } | null {
  const { written, total } = detail.params as Record<string, unknown>;
  return typeof written === 'number' && typeof total === 'number' ? { written, total } : null;
}

/**
 * A detail as it came over the wire, when its code is one of these and every value its words need is there; null
 * otherwise (a newer backend's code, or one short of a value).
 */
export function toPackageDetail(detail: { code: string; params: Record<string, string | number> }): PackageDetail | null {
  const { code, params } = detail;
  if (!Object.hasOwn(PACKAGE_DETAIL_PARAMS, code)) return null;
  const names: readonly string[] = PACKAGE_DETAIL_PARAMS[code as PackageDetailCode];
  // Checked here: the code is known and every value its words need is there.
  return names.every((name) => Object.hasOwn(params, name)) ? ({ code, params } as PackageDetail) : null;
}
