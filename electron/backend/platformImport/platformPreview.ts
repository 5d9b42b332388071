import type { TotalsLine } from '../../../shared/domain/import/importPreview';
import { createMinuteResolver } from '../../../shared/domain/platform/minuteTime';
import type { PlatformFileKind, PlatformMinuteRow, PlatformProductRow } from '../../../shared/domain/platform/platformData';
import {
  type PlatformChoices,
  type PlatformColumn,
  type PlatformDuplicate,
  type PlatformImportPreview,
  type PlatformImportTotals,
  type PlatformIssue,
  type PlatformMapping,
  type PlatformPreviewRow,
  platformIssueSeverity,
} from '../../../shared/domain/platform/platformImport';
import { findDuplicates } from '../import/duplicates';
import { mapHeaderRow } from '../import/headerDictionary';
import { ImportError } from '../import/importError';
import type { TableRead } from '../import/tableRead';
import { splitDataRows } from '../import/totalsLine';
import type { Yielder } from '../import/yielder';
import type { CatalogMatch } from './catalogMatch';
import { isFieldOfKind, KEY_FIELDS, platformHeaderReader } from './platformHeaders';
import { issueAt, type PlatformLayout, type PlatformRowRead, readPlatformRow } from './platformRows';

/** Rows and issues sent with the preview; a platform file is a few hundred rows, so this is nearly always all. */
export const PLATFORM_PREVIEW_ROW_LIMIT = 500;
export const PLATFORM_PREVIEW_ISSUE_LIMIT = 1000;
/** A minute this far outside the session is still imported, with a warning. */
export const SESSION_MARGIN_MS = 60 * 60 * 1000;

export interface PlatformPreviewInput {
  kind: PlatformFileKind;
  session: { startedAt: number; endedAt: number | null };
  mapping: PlatformMapping;
  choices: PlatformChoices;
  /** Product files only. */
  match: (row: PlatformRowRead) => CatalogMatch | null;
  yielder: Yielder;
}

/** Everything the preview found, kept between preview and commit; `imported` is what the event will hold. */
export interface PlatformPreviewState {
  table: TableRead;
  kind: PlatformFileKind;
  headerRow: number;
  columns: PlatformColumn[];
  rows: PlatformPreviewRow[];
  issues: PlatformIssue[];
  totals: PlatformImportTotals;
  duplicates: PlatformDuplicate[];
  totalsLines: TotalsLine[];
  blocking: PlatformImportPreview['blocking'];
  imported: { products: PlatformProductRow[]; minutes: PlatformMinuteRow[] };
}

/**
 * Works out what importing a platform file would store, writing nothing: header row and mapping
 * (with the user's corrections), every row read, totals lines set aside, the first of a repeated
 * product or minute kept, products matched to the catalog, minutes placed in time.
 */
export async function buildPlatformPreview(table: TableRead, input: PlatformPreviewInput): Promise<PlatformPreviewState> {
  const { kind, yielder } = input;
  for (const [key, field] of Object.entries(input.mapping)) {
    if (field && !isFieldOfKind(kind, field)) {
      throw new ImportError('MAPPING_INVALID', `Column ${Number(key) + 1}: "${field}" is not a column of a ${kind} file.`);
    }
  }
  const reader = platformHeaderReader(kind);
  const { header, headers, columns, fields } = mapHeaderRow(table, reader.findHeader, reader.mapHeaders, input.mapping);
  const layout: PlatformLayout = { headers, fields };
  const keyIndex = KEY_FIELDS[kind].map((f) => layout.fields.get(f)).find((i) => i !== undefined);
  const { dataRows, totalsLines } = await splitDataRows(table.rows, header.line, keyIndex, yielder);
  const read = dataRows.map((r) => readPlatformRow(r, layout));

  const hasKeyColumn = keyIndex !== undefined;
  for (const r of read) {
    const missing = kind === 'products' ? r.platformProductId === null && r.sku === null && r.title === null : r.timeText === null;
    if (missing && hasKeyColumn) {
      const what = kind === 'products' ? 'no product id, SKU or title, so it cannot be told apart from the others' : 'no time';
      r.issues.push(issueAt(layout, r.line, KEY_FIELDS[kind][0] ?? null, 'KEY_MISSING', `the row has ${what}`, null));
    }
  }

  // Minutes are placed in file order, so that a time without a date rolls over midnight.
  const at = new Map<number, number>();
  if (kind === 'trend') {
    const resolve = createMinuteResolver(input.session.startedAt);
    const from = input.session.startedAt - SESSION_MARGIN_MS;
    const to = (input.session.endedAt ?? input.session.startedAt) + SESSION_MARGIN_MS;
    for (const r of read) {
      if (!r.minute || hasErrors(r)) continue;
      const ms = resolve(r.minute);
      at.set(r.line, ms);
      if (ms < from || ms > to) {
        const problem = `${r.timeText ?? ''} is more than an hour outside the session (${localText(input.session.startedAt)} – ${localText(input.session.endedAt ?? input.session.startedAt)}); check the file is this show's`;
        r.issues.push(issueAt(layout, r.line, 'time', 'TIME_OUTSIDE_SESSION', problem, r.timeText));
      }
    }
  }

  const valid = read.filter((r) => !hasErrors(r));
  const keyOf = (r: PlatformRowRead): string | undefined => {
    if (kind === 'trend') {
      const ms = at.get(r.line);
      return ms === undefined ? undefined : `at:${ms}`;
    }
    if (r.platformProductId !== null) return `id:${r.platformProductId}`;
    if (r.sku !== null) return `sku:${r.sku}`;
    return r.title === null ? undefined : `title:${r.title}`;
  };
  const labelOf = (r: PlatformRowRead): string => (kind === 'trend' ? (r.timeText ?? '') : (r.platformProductId ?? r.sku ?? r.title ?? ''));
  const groups = await findDuplicates(valid, keyOf, yielder, input.choices);
  const leftOut = new Map<number, { chosen: number; label: string }>();
  const duplicates: PlatformDuplicate[] = [];
  const byLine = new Map(read.map((r) => [r.line, r]));
  for (const group of groups.values()) {
    const chosen = byLine.get(group.chosen);
    const label = chosen ? labelOf(chosen) : group.key;
    duplicates.push({ key: group.key, label, chosenRow: group.chosen, rows: group.lines });
    for (const line of group.lines) if (line !== group.chosen) leftOut.set(line, { chosen: group.chosen, label });
  }

  const rows: PlatformPreviewRow[] = [];
  const issues: PlatformIssue[] = [];
  const totals: PlatformImportTotals = { rows: read.length, valid: 0, invalid: 0, duplicate: 0, warned: 0, matched: 0, unmatched: 0 };
  const imported: PlatformPreviewState['imported'] = { products: [], minutes: [] };
  for (const r of read) {
    const duplicate = leftOut.get(r.line);
    if (hasErrors(r)) {
      totals.invalid++;
      issues.push(...r.issues);
      rows.push({ row: r.line, action: 'invalid', product: null, minute: null });
    } else if (duplicate) {
      totals.duplicate++;
      const what = kind === 'trend' ? `the minute ${duplicate.label}` : `the product "${duplicate.label}"`;
      const field = kind === 'trend' ? 'time' : (KEY_FIELDS.products.find((f) => layout.fields.has(f)) ?? null);
      issues.push(
        issueAt(
          layout,
          r.line,
          field,
          'DUPLICATE_ROW',
          `${what} is also on row ${duplicate.chosen}, which is imported instead of this row`,
          duplicate.label,
          [duplicate.chosen],
        ),
      );
      rows.push({ row: r.line, action: 'duplicate', ...toData(r, kind, at, null) });
    } else {
      const match = kind === 'products' ? input.match(r) : null;
      if (kind === 'products') {
        if (match) totals.matched++;
        else {
          totals.unmatched++;
          const key = r.platformProductId ?? r.sku ?? r.title ?? '';
          r.issues.push(
            issueAt(
              layout,
              r.line,
              null,
              'PRODUCT_UNMATCHED',
              `"${key}" matches no product in the catalog (by platform id, SKU or title); it is imported without one`,
              key,
            ),
          );
        }
      }
      totals.valid++;
      if (r.issues.length > 0) totals.warned++;
      issues.push(...r.issues);
      const data = toData(r, kind, at, match);
      if (data.product) imported.products.push(data.product);
      if (data.minute) imported.minutes.push(data.minute);
      rows.push({ row: r.line, action: 'import', ...data });
    }
    await yielder.maybeYield();
  }
  imported.minutes.sort((a, b) => a.at - b.at);
  issues.sort((a, b) => a.row - b.row || (a.columnIndex ?? -1) - (b.columnIndex ?? -1));

  const blocking: PlatformImportPreview['blocking'] = [];
  if (!hasKeyColumn) {
    const need = kind === 'products' ? 'the product id, SKU or title' : 'the time';
    blocking.push({
      code: 'KEY_COLUMN_MISSING',
      message: `No column was recognised as ${need} (row ${header.line} holds the headers: ${headers.map((h) => `"${h}"`).join(', ')}). Map one by hand.`,
    });
  } else if (totals.valid === 0) {
    blocking.push({ code: 'NOTHING_TO_IMPORT', message: `"${table.source.fileName}" has no row that can be imported.` });
  }
  return { table, kind, headerRow: header.line, columns, rows, issues, totals, duplicates, totalsLines, blocking, imported };
}

function hasErrors(r: PlatformRowRead): boolean {
  return r.issues.some((i) => platformIssueSeverity(i.code) === 'error');
}

function toData(
  r: PlatformRowRead,
  kind: PlatformFileKind,
  at: ReadonlyMap<number, number>,
  match: CatalogMatch | null,
): { product: PlatformProductRow | null; minute: PlatformMinuteRow | null } {
  const f = r.figures;
  const n = (v: number | null | undefined) => v ?? null;
  if (kind === 'trend') {
    const ms = at.get(r.line);
    if (ms === undefined) return { product: null, minute: null };
    return {
      product: null,
      minute: {
        at: ms,
        viewersOnline: n(f.viewersOnline),
        entries: n(f.entries),
        likes: n(f.likes),
        comments: n(f.comments),
        newFollowers: n(f.newFollowers),
        orders: n(f.orders),
        gmvFen: n(f.gmv),
      },
    };
  }
  return {
    minute: null,
    product: {
      productId: match?.productId ?? null,
      matchedBy: match?.matchedBy ?? null,
      platformProductId: r.platformProductId,
      sku: r.sku,
      title: r.title,
      exposures: n(f.exposures),
      clicks: n(f.clicks),
      orders: n(f.orders),
      buyers: n(f.buyers),
      gmvFen: n(f.gmv),
      refundFen: n(f.refund),
    },
  };
}

/** "2026-12-06 20:00" in the computer's local time, as the platform's console shows times. */
function localText(ms: number): string {
  const d = new Date(ms);
  const p = (v: number) => String(v).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The preview as the API returns it. */
export function toPlatformPreview(
  previewId: string,
  meta: Pick<PlatformImportPreview, 'sessionId' | 'platform' | 'rememberedMapping'>,
  state: PlatformPreviewState,
): PlatformImportPreview {
  return {
    previewId,
    ...meta,
    kind: state.kind,
    source: state.table.source,
    headerRow: state.headerRow,
    columns: state.columns,
    totals: state.totals,
    issues: state.issues.slice(0, PLATFORM_PREVIEW_ISSUE_LIMIT),
    issuesTotal: state.issues.length,
    rows: state.rows.slice(0, PLATFORM_PREVIEW_ROW_LIMIT),
    duplicates: state.duplicates,
    totalsLines: state.totalsLines,
    blocking: state.blocking,
  };
}
