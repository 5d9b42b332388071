import { Platform, type Product, type ProductFields } from '../../../../shared/domain/catalog/product';
import { fenToYuanInput, parseYuan, type YuanParse } from '../../format/money';

export const PLATFORMS = Platform.options;

/** The form as typed: every field is text until saved. */
export interface ProductDraft {
  sku: string;
  title: string;
  subtitle: string;
  listPrice: string;
  livePrice: string;
  stock: string;
  category: string;
  /** Comma separated (, ， 、 all work). */
  tags: string;
  /** One talking point per line. */
  sellingPoints: string;
  platformIds: Record<Platform, string>;
  /** Image hashes in order; the first is the main image. */
  images: string[];
}

/** A field errors can be shown at. */
export type DraftField = Exclude<keyof ProductDraft, 'platformIds'> | `platformIds.${Platform}`;

/** A problem the form found itself, as a text key under products.form.errors. */
export type FormError = 'required' | 'price.invalid' | 'price.negative' | 'price.tooManyDecimals' | 'price.tooLarge' | 'stock.invalid';

export type FieldErrors = Partial<Record<DraftField, FormError>>;

function emptyPlatformIds(): Record<Platform, string> {
  return Object.fromEntries(PLATFORMS.map((p) => [p, ''])) as Record<Platform, string>;
}

export function emptyDraft(): ProductDraft {
  return {
    sku: '',
    title: '',
    subtitle: '',
    listPrice: '',
    livePrice: '',
    stock: '',
    category: '',
    tags: '',
    sellingPoints: '',
    platformIds: emptyPlatformIds(),
    images: [],
  };
}

export function draftOf(product: Product): ProductDraft {
  const platformIds = emptyPlatformIds();
  for (const p of PLATFORMS) platformIds[p] = product.platformIds[p] ?? '';
  return {
    sku: product.sku,
    title: product.title,
    subtitle: product.subtitle,
    listPrice: fenToYuanInput(product.listPriceFen),
    livePrice: fenToYuanInput(product.livePriceFen),
    stock: product.stock === null ? '' : String(product.stock),
    category: product.category,
    tags: product.tags.join(', '),
    sellingPoints: product.sellingPoints.join('\n'),
    platformIds,
    images: [...product.images],
  };
}

export function splitTags(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

function priceError(parsed: YuanParse): FormError | null {
  return parsed.ok ? null : `price.${parsed.error}`;
}

/** Checks the draft and builds the fields to save, or returns the problems by field. */
export function readDraft(draft: ProductDraft): { ok: true; values: ProductFields } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (draft.sku.trim() === '') errors.sku = 'required';
  if (draft.title.trim() === '') errors.title = 'required';
  const list = parseYuan(draft.listPrice);
  const live = parseYuan(draft.livePrice);
  const listError = priceError(list);
  const liveError = priceError(live);
  if (listError) errors.listPrice = listError;
  if (liveError) errors.livePrice = liveError;
  const stockText = draft.stock.normalize('NFKC').trim();
  let stock: number | null = null;
  if (stockText !== '') {
    if (/^\d+$/.test(stockText) && Number.isSafeInteger(Number(stockText))) stock = Number(stockText);
    else errors.stock = 'stock.invalid';
  }
  if (Object.keys(errors).length > 0 || !list.ok || !live.ok) return { ok: false, errors };
  const platformIds: ProductFields['platformIds'] = {};
  for (const p of PLATFORMS) {
    const id = draft.platformIds[p].trim();
    if (id !== '') platformIds[p] = id;
  }
  return {
    ok: true,
    values: {
      sku: draft.sku.trim(),
      title: draft.title.trim(),
      subtitle: draft.subtitle.trim(),
      listPriceFen: list.fen,
      livePriceFen: live.fen,
      stock,
      category: draft.category.trim(),
      tags: splitTags(draft.tags),
      sellingPoints: splitLines(draft.sellingPoints),
      platformIds,
      images: draft.images,
    },
  };
}

const FIELD_OF_PATH: Record<string, DraftField> = {
  sku: 'sku',
  title: 'title',
  subtitle: 'subtitle',
  listPriceFen: 'listPrice',
  livePriceFen: 'livePrice',
  stock: 'stock',
  category: 'category',
  tags: 'tags',
  sellingPoints: 'sellingPoints',
  images: 'images',
};

/** The form field an API error path points at (`["livePriceFen"]` → livePrice, `["tags", 3]` → tags). */
export function fieldOfPath(path: readonly (string | number)[] | undefined): DraftField | null {
  const [head, next] = path ?? [];
  if (typeof head !== 'string') return null;
  if (head === 'platformIds') {
    const parsed = Platform.safeParse(next);
    return parsed.success ? `platformIds.${parsed.data}` : null;
  }
  return FIELD_OF_PATH[head] ?? null;
}
