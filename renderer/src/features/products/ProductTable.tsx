import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/catalog/product';
import { formatFen } from '../../format/money';
import { Thumbnail } from '../../ui/images/Thumbnail';
import { rowKeyDown } from '../../ui/useListShortcuts';

interface Props {
  items: Product[];
  busy: boolean;
  onEdit(product: Product): void;
}

/** One page of products. A row opens the editor on click, Enter or Space. */
export function ProductTable({ items, busy, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <div className="products-table-wrap">
      <table className="table products-table" data-testid="products-table" aria-busy={busy}>
        <thead>
          <tr>
            <th scope="col" className="products-table__thumb">
              <span className="visually-hidden">{t('products.columns.image')}</span>
            </th>
            <th scope="col">{t('products.columns.sku')}</th>
            <th scope="col">{t('products.columns.title')}</th>
            <th scope="col" className="num">
              {t('products.columns.price')}
            </th>
            <th scope="col" className="num">
              {t('products.columns.stock')}
            </th>
            <th scope="col">{t('products.columns.category')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr
              key={p.id}
              data-testid="products-row"
              data-sku={p.sku}
              tabIndex={0}
              onClick={() => onEdit(p)}
              onKeyDown={rowKeyDown(() => onEdit(p))}
            >
              <td className="products-table__thumb">
                <Thumbnail hash={p.images[0]} />
              </td>
              <td className="mono products-table__sku">{p.sku}</td>
              <td className="products-table__title">
                <span className="products-table__name">{p.title}</span>
                {p.subtitle && <span className="products-table__subtitle">{p.subtitle}</span>}
              </td>
              <td className="num products-table__price">
                <span className="price-live" data-testid="products-row-live-price">
                  {formatFen(p.livePriceFen)}
                </span>
                <span className="price-list" data-testid="products-row-list-price">
                  {formatFen(p.listPriceFen)}
                </span>
              </td>
              <td className="num">{p.stock === null ? t('products.notTracked') : p.stock.toLocaleString()}</td>
              <td>{p.category || <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
