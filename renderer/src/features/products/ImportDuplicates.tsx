import { useTranslation } from 'react-i18next';
import type { DuplicateGroup } from '../../../../shared/domain/import/importPreview';
import { formatFen } from '../../format/money';
import { useImport } from '../../state/products/productsStores';

/**
 * SKUs the file repeats: one row per SKU is imported, and the user picks which (the first is
 * pre-selected by the backend). Each choice names every row, so the other rows can be found in the file.
 */
export function ImportDuplicates({ groups, total, busy }: { groups: readonly DuplicateGroup[]; total: number; busy: boolean }) {
  const { t } = useTranslation();
  const chooseDuplicate = useImport((s) => s.chooseDuplicate);
  if (total === 0) return null;
  return (
    <section className="import-section notice notice--warn import-duplicates" data-testid="import-duplicates" data-total={total}>
      <h3 className="import__heading">{t('products.import.duplicates.title', { count: total })}</h3>
      <p>{t('products.import.duplicates.hint')}</p>
      {groups.map((group) => (
        <fieldset
          key={group.sku}
          className="import-duplicate"
          data-testid="import-duplicate"
          data-sku={group.sku}
          data-chosen={group.chosenRow}
        >
          <legend className="import-duplicate__legend">
            {t('products.import.duplicates.group', { sku: group.sku, rows: group.rows.map((r) => r.row).join('、') })}
          </legend>
          {group.rows.map(({ row, product }) => (
            <label key={row} className="import-duplicate__row">
              <input
                type="radio"
                name={`duplicate-${group.sku}`}
                data-testid="import-duplicate-row"
                data-row={row}
                checked={group.chosenRow === row}
                // Not disabled while the pick is checked: that would drop the keyboard's focus out of the group.
                aria-disabled={busy}
                onChange={() => void chooseDuplicate(group.sku, row)}
              />
              <span className="import-duplicate__line">{t('products.import.duplicates.useRow', { row })}</span>
              <span className="import-duplicate__title">{product.title ?? t('products.import.duplicates.noTitle')}</span>
              <span className="num muted">
                {formatFen(product.livePriceFen)} / {formatFen(product.listPriceFen)}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      {groups.length < total && <p className="muted">{t('products.import.duplicates.shown', { shown: groups.length, total })}</p>}
    </section>
  );
}
