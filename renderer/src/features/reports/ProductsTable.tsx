import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { formatDuration, formatYuan } from './reportFormat';
import type { ItemNames } from './reportNames';
import { Section } from './Section';
import { useFormatters } from './useFormatters';
import { Value } from './Value';

/** Per product: explain time and count, first and last explain, its coupons and flash sales, and its sales. */
export function ProductsTable({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Section id="products" title={t('reports.products.title')} empty={report.products.length === 0 ? t('reports.products.empty') : null}>
      <div className="reports-table-wrap">
        <table className="reports-table" data-testid="reports-products">
          <thead>
            <tr>
              <th scope="col">{t('reports.products.product')}</th>
              <th scope="col" className="num">
                {t('reports.products.explains')}
              </th>
              <th scope="col" className="num">
                {t('reports.products.explainTime')}
              </th>
              <th scope="col">{t('reports.products.first')}</th>
              <th scope="col">{t('reports.products.last')}</th>
              <th scope="col">{t('reports.products.coupons')}</th>
              <th scope="col">{t('reports.products.flashSales')}</th>
              <th scope="col" className="num">
                {t('reports.products.orders')}
              </th>
              <th scope="col" className="num">
                {t('reports.products.buyers')}
              </th>
              <th scope="col" className="num">
                {t('reports.products.gmv')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.products.map((p) => (
              <tr key={p.productId} data-testid="reports-product" data-product-id={p.productId}>
                <th scope="row" className="reports-table__name">
                  {names.product(p.productId)}
                </th>
                <td className="num">{p.explainCount}</td>
                <td className="num">{formatDuration(p.totalExplainMs)}</td>
                <td>
                  <Value compact text={f.time(p.firstExplainAt)} />
                </td>
                <td>
                  <Value compact text={f.time(p.lastExplainAt)} />
                </td>
                <td>{p.couponIds.map((id) => names.coupon(id)).join('、')}</td>
                <td>{p.flashSales.map((s) => `${s.title} ${f.time(s.startedAt)}`).join('、')}</td>
                <td className="num">
                  <Value compact text={f.count(p.orders)} />
                </td>
                <td className="num">
                  <Value compact text={f.count(p.buyers)} />
                </td>
                <td className="num" data-testid="reports-product-gmv">
                  <Value compact text={formatYuan(p.gmvFen)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted reports-note">{t('reports.definitions.totalExplainMs')}</p>
    </Section>
  );
}
