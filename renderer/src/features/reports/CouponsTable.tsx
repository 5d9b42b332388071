import { useTranslation } from 'react-i18next';
import type { CouponReport, SessionReport } from '../../../../shared/domain/report/sessionReport';
import { type Column, DataTable } from '../../ui/DataTable';
import { formatDuration } from './reportFormat';
import type { ItemNames } from './reportNames';
import { Section } from './Section';
import { useFormatters } from './useFormatters';
import { Value } from './Value';

/** Each coupon drop: when, how many, how long it could be claimed, and for which product. */
export function CouponsTable({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const columns: Column<CouponReport>[] = [
    { key: 'coupon', header: t('reports.coupons.coupon'), rowHeader: true, cell: (c) => names.coupon(c.couponId) },
    { key: 'droppedAt', header: t('reports.coupons.droppedAt'), cell: (c) => f.time(c.droppedAt) },
    { key: 'quantity', header: t('reports.coupons.quantity'), numeric: true, cell: (c) => <Value compact text={f.count(c.quantity)} /> },
    {
      key: 'claimWindow',
      header: t('reports.coupons.claimWindow'),
      numeric: true,
      cell: (c) => <Value compact text={formatDuration(c.claimWindowMs)} />,
    },
    {
      key: 'product',
      header: t('reports.coupons.product'),
      wrap: true,
      cell: (c) => (c.productId === null ? '' : names.product(c.productId)),
    },
  ];
  return (
    <Section id="coupons" title={t('reports.coupons.title')} empty={report.coupons.length === 0 ? t('reports.coupons.empty') : null}>
      <DataTable
        testId="reports-coupons"
        columns={columns}
        rows={report.coupons}
        rowKey={(c) => `${c.couponId}-${c.droppedAt}`}
        rowAttributes={() => ({ 'data-testid': 'reports-coupon' })}
      />
    </Section>
  );
}
