import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { formatDuration } from './reportFormat';
import type { ItemNames } from './reportNames';
import { Section } from './Section';
import { useFormatters } from './useFormatters';
import { Value } from './Value';

/** Each coupon drop: when, how many, how long it could be claimed, and for which product. */
export function CouponsTable({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Section id="coupons" title={t('reports.coupons.title')} empty={report.coupons.length === 0 ? t('reports.coupons.empty') : null}>
      <div className="reports-table-wrap">
        <table className="reports-table" data-testid="reports-coupons">
          <thead>
            <tr>
              <th scope="col">{t('reports.coupons.coupon')}</th>
              <th scope="col">{t('reports.coupons.droppedAt')}</th>
              <th scope="col" className="num">
                {t('reports.coupons.quantity')}
              </th>
              <th scope="col" className="num">
                {t('reports.coupons.claimWindow')}
              </th>
              <th scope="col">{t('reports.coupons.product')}</th>
            </tr>
          </thead>
          <tbody>
            {report.coupons.map((c) => (
              <tr key={`${c.couponId}-${c.droppedAt}`} data-testid="reports-coupon">
                <th scope="row" className="reports-table__name">
                  {names.coupon(c.couponId)}
                </th>
                <td>{f.time(c.droppedAt)}</td>
                <td className="num">
                  <Value compact text={f.count(c.quantity)} />
                </td>
                <td className="num">
                  <Value compact text={formatDuration(c.claimWindowMs)} />
                </td>
                <td>{c.productId === null ? '' : names.product(c.productId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
