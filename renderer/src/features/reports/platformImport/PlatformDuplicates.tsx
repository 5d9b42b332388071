import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlatformImportPreview, PlatformPreviewRow } from '../../../../../shared/domain/platform/platformImport';
import { formatFen } from '../../../format/money';
import { formatCount } from '../reportFormat';

/**
 * Products or minutes the file has on several rows: one row of each is imported, and the user picks which (the
 * backend pre-selects the first). Each row says what it holds, so the right one can be told apart.
 */
export function PlatformDuplicates({
  preview,
  busy,
  onChoose,
}: {
  preview: PlatformImportPreview;
  busy: boolean;
  onChoose(key: string, row: number): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (preview.duplicates.length === 0) return null;
  const byRow = new Map(preview.rows.map((r) => [r.row, r]));
  return (
    <section className="pimport__duplicates" data-testid="platform-import-duplicates">
      <h3>{t('platformImport.duplicates.title', { count: preview.duplicates.length })}</h3>
      <p className="muted">{t(`platformImport.duplicates.hint.${preview.kind}`)}</p>
      {preview.duplicates.map((group) => (
        // Not disabled while the pick is checked: that would drop the keyboard's focus out of the group.
        <fieldset
          key={group.key}
          className="pimport__group pimport__duplicate"
          aria-disabled={busy}
          data-testid="platform-import-duplicate"
          data-key={group.key}
          data-chosen={group.chosenRow}
        >
          <legend>{group.label}</legend>
          {group.rows.map((row) => (
            <label key={row} className="pimport__option">
              <input
                type="radio"
                name={`pimport-duplicate-${group.key}`}
                checked={group.chosenRow === row}
                onChange={() => onChoose(group.key, row)}
                data-testid="platform-import-duplicate-row"
                data-row={row}
              />
              {t('platformImport.issues.row', { row })}
              <span className="muted">{rowSummary(t, language, byRow.get(row))}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </section>
  );
}

/** What a row holds, in a few figures after a separator; empty when the preview did not send the row. */
function rowSummary(t: TFunction, language: string, row: PlatformPreviewRow | undefined): string {
  const count = (n: number | null) => formatCount(n, language) ?? '—';
  if (row?.product)
    return ` · ${t('platformImport.duplicates.product', { orders: count(row.product.orders), gmv: formatFen(row.product.gmvFen) })}`;
  if (row?.minute)
    return ` · ${t('platformImport.duplicates.minute', { viewers: count(row.minute.viewersOnline), gmv: formatFen(row.minute.gmvFen) })}`;
  return '';
}
