import type { ProductUpsert } from '../../../shared/domain/catalog/product';
import { checkProductUpsert } from '../../../shared/domain/catalog/productUpsertCheck';
import type { Clock } from '../clock';
import { DomainError } from '../dispatch/domainError';
import { uuidv7 } from '../events/uuidv7';
import type { Db } from '../store/database';

/**
 * A product import's rows, prepared as the catalog's final column values in a TEMP table of the
 * import's own connection, so the write transaction is a few set-based statements per slice
 * instead of one JS round trip per row.
 *
 * The TEMP table lives in SQLite's temp database: filling it takes no lock on the catalog, so
 * staging runs while everyday commands write freely, and it survives an apply attempt that rolls
 * back (a preempted import redoes only the set-based apply). A NULL column means "not in the file":
 * an update keeps the catalog's value, a new product gets the default. A price or stock given as null
 * (a show package clearing it) is staged as CLEARED. Image lists are not staged: a caller whose rows
 * carry them (show packages) applies them itself.
 */
export interface ProductImportStage {
  readonly size: number;
  /**
   * Validates and stages rows (ProductUpsert rules; an error's path counts rows across calls). `checked`: the rows
   * already passed those rules (a show package's products, by the package format's stricter schema), so they are
   * not checked twice.
   */
  add(rows: readonly ProductUpsert[], options?: { checked?: boolean }): void;
  /** Applies staged rows [from, to) to the catalog; the caller holds the write transaction. */
  apply(from: number, to: number, now: number): { created: string[]; updated: string[] };
  drop(): void;
}

const STAGE_COLUMNS = `seq INTEGER PRIMARY KEY, id TEXT NOT NULL, sku TEXT NOT NULL UNIQUE, title TEXT, subtitle TEXT,
  list_price_fen INTEGER, live_price_fen INTEGER, stock INTEGER, category TEXT, tags TEXT, selling_points TEXT, platform_ids TEXT`;

/** A nullable number given as null: prices and stock are never negative, so -1 cannot be a value. */
const CLEARED = -1;
/** The staged value of a nullable number column, or the catalog's when the row does not give it. */
const keepOrSet = (column: string) => `CASE WHEN s.${column} IS NULL THEN p.${column} ELSE nullif(s.${column}, ${CLEARED}) END`;

// A field counts as changed only when the file gives it and it differs: unchanged rows are not
// written (their updated_at stays), as with a row-by-row patch.
const CHANGED = `(s.title IS NOT NULL AND s.title IS NOT p.title)
  OR (s.subtitle IS NOT NULL AND s.subtitle IS NOT p.subtitle)
  OR (s.list_price_fen IS NOT NULL AND nullif(s.list_price_fen, ${CLEARED}) IS NOT p.list_price_fen)
  OR (s.live_price_fen IS NOT NULL AND nullif(s.live_price_fen, ${CLEARED}) IS NOT p.live_price_fen)
  OR (s.stock IS NOT NULL AND nullif(s.stock, ${CLEARED}) IS NOT p.stock)
  OR (s.category IS NOT NULL AND s.category IS NOT p.category)
  OR (s.tags IS NOT NULL AND s.tags IS NOT p.tags)
  OR (s.selling_points IS NOT NULL AND s.selling_points IS NOT p.selling_points)
  OR (s.platform_ids IS NOT NULL AND json_patch(p.platform_ids, s.platform_ids) IS NOT p.platform_ids)`;

/** The statements over a stage table (`temp.product_import_stage`, or the journal's `main.product_import_stage`). */
export function stageStatements(db: Db, table: string) {
  // Positional parameters: binding 12 named ones from an object costs more than the insert itself at 50,000 rows.
  const insertStaged = db.prepare<StagedValues>(
    `INSERT INTO ${table} (seq, id, sku, title, subtitle, list_price_fen, live_price_fen, stock, category, tags, selling_points, platform_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    stageMany: db.transaction((rows: readonly StagedRow[]) => {
      for (const r of rows)
        insertStaged.run(
          r.seq,
          r.id,
          r.sku,
          r.title,
          r.subtitle,
          r.list_price_fen,
          r.live_price_fen,
          r.stock,
          r.category,
          r.tags,
          r.selling_points,
          r.platform_ids,
        );
    }),
    newWithoutTitle: db.prepare<{ from: number; to: number }, { seq: number; sku: string }>(
      `SELECT seq, sku FROM ${table} AS s WHERE s.seq >= @from AND s.seq < @to AND s.title IS NULL
         AND NOT EXISTS (SELECT 1 FROM main.products AS p WHERE p.sku = s.sku) ORDER BY s.seq LIMIT 1`,
    ),
    // Merging platform ids (json_patch) keeps the ids of platforms the file has no column for.
    update: db.prepare<{ from: number; to: number; now: number }, { sku: string }>(
      `UPDATE main.products AS p SET
         title = coalesce(s.title, p.title), subtitle = coalesce(s.subtitle, p.subtitle),
         list_price_fen = ${keepOrSet('list_price_fen')}, live_price_fen = ${keepOrSet('live_price_fen')},
         stock = ${keepOrSet('stock')}, category = coalesce(s.category, p.category), tags = coalesce(s.tags, p.tags),
         selling_points = coalesce(s.selling_points, p.selling_points),
         platform_ids = CASE WHEN s.platform_ids IS NULL THEN p.platform_ids ELSE json_patch(p.platform_ids, s.platform_ids) END,
         updated_at = @now
       FROM ${table} AS s
       WHERE s.seq >= @from AND s.seq < @to AND p.sku = s.sku AND (${CHANGED})
       RETURNING sku`,
    ),
    // A row without a title cannot create its product; the caller decides what that means (refused, or skipped).
    insert: db.prepare<{ from: number; to: number; now: number }, { sku: string }>(
      `INSERT INTO main.products (id, sku, title, subtitle, list_price_fen, live_price_fen, stock, category, tags, selling_points,
         platform_ids, created_at, updated_at)
       SELECT s.id, s.sku, s.title, coalesce(s.subtitle, ''), nullif(s.list_price_fen, ${CLEARED}), nullif(s.live_price_fen, ${CLEARED}),
         nullif(s.stock, ${CLEARED}), coalesce(s.category, ''),
         coalesce(s.tags, '[]'), coalesce(s.selling_points, '[]'), coalesce(s.platform_ids, '{}'), @now, @now
       FROM ${table} AS s
       WHERE s.seq >= @from AND s.seq < @to AND s.title IS NOT NULL AND NOT EXISTS (SELECT 1 FROM main.products AS p WHERE p.sku = s.sku)
       ORDER BY s.seq
       RETURNING sku`,
    ),
  };
}

/**
 * Validates rows by the catalog's rules (unless `checked` says they passed them already) and gives their staged form,
 * `seq` counting on from `firstSeq`.
 */
export function toStagedRows(
  rows: readonly ProductUpsert[],
  firstSeq: number,
  seen: ReadonlyMap<string, number>,
  now: number,
  checked = false,
): StagedRow[] {
  const staged: StagedRow[] = [];
  const skus = new Set<string>();
  for (const row of rows) {
    const seq = firstSeq + staged.length;
    const value = checked ? row : valid(row, seq);
    // The preview keeps one row per SKU; a second one here is a caller bug, not a file problem.
    if (seen.has(value.sku) || skus.has(value.sku)) throw new Error(`SKU "${value.sku}" is staged twice`);
    skus.add(value.sku);
    staged.push(toStaged(seq, value, now));
  }
  return staged;
}

/** `row` by the catalog's rules, by hand (zod costs a third of a second over 50,000 rows); refused naming row `seq`. */
function valid(row: ProductUpsert, seq: number): ProductUpsert {
  const result = checkProductUpsert(row);
  if (!result.ok) throw DomainError.invalid([{ path: result.path, message: result.message }], [seq]);
  return result.value;
}

/** The refusal of a new product without a title, naming its row. */
export function titleRequired(missing: { seq: number; sku: string }): DomainError {
  return new DomainError('INVALID_PAYLOAD', `Row ${missing.seq + 1} (SKU "${missing.sku}"): title is required for a new product`, {
    path: [missing.seq, 'title'],
  });
}

/**
 * The TEMP table of createProductImportStage: rows by `seq` (in the order added, from 0), each with the `id` a new
 * product gets. A product the apply created therefore has its staged row's id.
 */
export const PRODUCT_STAGE_TABLE = 'temp.product_import_stage';

export function createProductImportStage(db: Db, clock: Clock): ProductImportStage {
  db.exec(`DROP TABLE IF EXISTS ${PRODUCT_STAGE_TABLE}; CREATE TABLE ${PRODUCT_STAGE_TABLE} (${STAGE_COLUMNS})`);
  const sql = stageStatements(db, PRODUCT_STAGE_TABLE);
  const order = new Map<string, number>();

  return {
    get size() {
      return order.size;
    },
    add(rows, options) {
      const staged = toStagedRows(rows, order.size, order, clock.now(), options?.checked);
      sql.stageMany(staged);
      for (const row of staged) order.set(row.sku, row.seq);
    },
    apply(from, to, now) {
      const missing = sql.newWithoutTitle.get({ from, to });
      if (missing) throw titleRequired(missing);
      const inFileOrder = (rows: { sku: string }[]) => rows.map((r) => r.sku).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      // Updates first: a row inserted by this slice must not then count as updated too.
      const updated = inFileOrder(sql.update.all({ from, to, now }));
      const created = inFileOrder(sql.insert.all({ from, to, now }));
      return { created, updated };
    },
    drop() {
      order.clear();
      db.exec(`DROP TABLE IF EXISTS ${PRODUCT_STAGE_TABLE}`);
    },
  };
}

export interface StagedRow {
  seq: number;
  id: string;
  sku: string;
  title: string | null;
  subtitle: string | null;
  list_price_fen: number | null;
  live_price_fen: number | null;
  stock: number | null;
  category: string | null;
  tags: string | null;
  selling_points: string | null;
  platform_ids: string | null;
}

/** A staged row's values in column order. */
type StagedValues = [
  seq: number,
  id: string,
  sku: string,
  title: string | null,
  subtitle: string | null,
  listPriceFen: number | null,
  livePriceFen: number | null,
  stock: number | null,
  category: string | null,
  tags: string | null,
  sellingPoints: string | null,
  platformIds: string | null,
];

function toStaged(seq: number, row: ProductUpsert, now: number): StagedRow {
  return {
    seq,
    // Used only if the SKU turns out to be new when applied.
    id: uuidv7(now),
    sku: row.sku,
    title: row.title ?? null,
    subtitle: row.subtitle ?? null,
    list_price_fen: nullable(row.listPriceFen),
    live_price_fen: nullable(row.livePriceFen),
    stock: nullable(row.stock),
    category: row.category ?? null,
    tags: row.tags === undefined ? null : JSON.stringify(row.tags),
    selling_points: row.sellingPoints === undefined ? null : JSON.stringify(row.sellingPoints),
    platform_ids: row.platformIds === undefined ? null : JSON.stringify(row.platformIds),
  };
}

function nullable(value: number | null | undefined): number | null {
  if (value === undefined) return null;
  return value ?? CLEARED;
}
