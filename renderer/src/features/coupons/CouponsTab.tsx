import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coupon } from '../../../../shared/domain/catalog/coupon';
import { offerText, validityAt } from '../../format/couponOffer';
import { useCoupons } from '../../state/catalog/catalogStores';
import { CatalogListFrame } from '../../ui/catalog/CatalogListFrame';
import { CouponEditor } from '../../ui/catalog/CouponEditor';
import { PublishButton } from '../../ui/publish/PublishButton';
import { rowKeyDown } from '../../ui/useListShortcuts';
import '../../ui/catalog/coupons.css';

/** Every coupon with what it gives, how many, when and for which products; a row opens the editor. */
export function CouponsTab() {
  const { t, i18n } = useTranslation();
  const list = useCoupons((s) => s);
  const { items, loading, query } = list;
  const [editing, setEditing] = useState<{ coupon: Coupon | null } | null>(null);
  const startNew = useCallback(() => setEditing({ coupon: null }), []);

  const needle = query.trim().toLowerCase();
  const shown = useMemo(() => items.filter((c) => c.name.toLowerCase().includes(needle)), [items, needle]);
  const when = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }),
    [i18n.language],
  );
  const now = Date.now();

  return (
    <CatalogListFrame
      ns="coupons"
      list={list}
      shownCount={shown.length}
      editing={editing !== null}
      onNew={startNew}
      actions={<PublishButton what={{ kind: 'coupons' }} testId="coupons-publish" />}
      editor={editing && <CouponEditor key={editing.coupon?.id ?? 'new'} coupon={editing.coupon} onClose={() => setEditing(null)} />}
    >
      <table className="table products-table catalog-table" data-testid="coupons-table" aria-busy={loading}>
        <thead>
          <tr>
            <th scope="col">{t('coupons.columns.name')}</th>
            <th scope="col">{t('coupons.columns.offer')}</th>
            <th scope="col">{t('coupons.columns.quantity')}</th>
            <th scope="col">{t('coupons.columns.validity')}</th>
            <th scope="col">{t('coupons.columns.products')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => {
            const validity = validityAt(c, now);
            return (
              <tr
                key={c.id}
                tabIndex={0}
                data-testid="coupons-row"
                data-id={c.id}
                data-type={c.type}
                onClick={() => setEditing({ coupon: c })}
                onKeyDown={rowKeyDown(() => setEditing({ coupon: c }))}
              >
                <td>
                  <span className="products-table__name">{c.name}</span>
                  <span className={`type-badge type-badge--${c.type}`}>{t(`glossary.couponType.${c.type}`)}</span>
                </td>
                <td className="catalog-table__offer" data-testid="coupons-row-offer">
                  {offerText(t, c)}
                </td>
                <td className="catalog-table__nowrap">
                  {t('coupons.quantity', {
                    quantity: c.quantity === null ? t('coupons.unlimited') : c.quantity.toLocaleString(),
                    perBuyer: c.perBuyerLimit === null ? t('coupons.noPerBuyerLimit') : t('coupons.perBuyer', { n: c.perBuyerLimit }),
                  })}
                </td>
                <td>
                  <span className={`validity validity--${validity}`}>{t(`coupons.validity.${validity}`)}</span>
                  <span className="catalog-table__sub">
                    {t('coupons.range', { from: when.format(c.startsAt), to: when.format(c.endsAt) })}
                  </span>
                </td>
                <td className="catalog-table__nowrap">
                  {c.productIds.length === 0 ? t('coupons.wholeShop') : t('coupons.productCount', { count: c.productIds.length })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </CatalogListFrame>
  );
}
