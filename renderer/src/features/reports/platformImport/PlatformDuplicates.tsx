import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlatformImportPreview, PlatformPreviewRow } from '../../../../../shared/domain/platform/platformImport';
import { formatFen } from '../../../format/money';

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
  const { t } = useTranslation();
  if (preview.duplicates.length === 0) return null;
  const byRow = new Map(preview.rows.map((r) => [r.row, r]));
  return (
    <section className="pimport__duplicates" data-testid="platform-import-duplicates">
      <h3>{t('platformImport.duplicates.title', { count: preview.duplicates.length })}</h3>
      <p className="muted">{t(`platformImport.duplicates.hint.${preview.kind}`)}</p>
      {preview.duplicates.map((group) => (
        <fieldset
          key={group.key}
          className="pimport__duplicate"
          disabled={busy}
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
              <span className="muted">{rowSummary(t, byRow.get(row))}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </section>
  );
}

/** What a row holds, in a few figures; empty when the preview did not send the row. */
function rowSummary(t: TFunction, row: PlatformPreviewRow | undefined): string {
  if (row?.product)
    return t('platformImport.duplicates.product', { orders: row.product.orders ?? '—', gmv: formatFen(row.product.gmvFen) });
  if (row?.minute)
    return t('platformImport.duplicates.minute', { viewers: row.minute.viewersOnline ?? '—', gmv: formatFen(row.minute.gmvFen) });
  return '';
}
