import { useTranslation } from 'react-i18next';
import type { ItemAcrossStores } from '../../../../shared/api/hub/hubConsole';
import { figureColumn } from '../../features/reports/figureColumn';
import { Section } from '../../features/reports/Section';
import { Value } from '../../features/reports/Value';
import { type Column, DataTable } from '../../ui/DataTable';
import { useResultFormats } from './useResultFormats';

/** "met of counted" for a task; null (not entered) when it was counted in no session: "0 / 0" would read like a result. */
export function goalMet(i: ItemAcrossStores, text: (met: number, counted: number) => string): string | null {
  return i.met === null || i.counted === null || i.counted === 0 ? null : text(i.met, i.counted);
}

/** Coupons dropped and follower tasks run across stores; a task says in how many counted sessions its goal was met. */
export function ItemsAcross({ items }: { items: readonly ItemAcrossStores[] }) {
  const { t } = useTranslation();
  const f = useResultFormats();
  const columns: Column<ItemAcrossStores>[] = [
    { key: 'title', header: t('consoleResults.items.item'), rowHeader: true, cell: (i) => i.title },
    { key: 'kind', header: t('consoleResults.items.kind'), cell: (i) => t(`consoleResults.items.${i.kind}`) },
    figureColumn('stores', t('consoleResults.items.stores'), (i) => f.count(i.stores)),
    figureColumn('runs', t('consoleResults.items.runs'), (i) => f.count(i.runs), 'results-item-runs'),
    {
      key: 'met',
      header: t('consoleResults.items.goalMet'),
      numeric: true,
      // A coupon has no goal: its cell says so rather than reading as a figure never entered.
      cell: (i) =>
        i.kind === 'coupon' ? (
          <span className="muted">{t('consoleResults.items.noGoal')}</span>
        ) : (
          <Value compact text={goalMet(i, (met, counted) => t('consoleResults.items.metOf', { met, counted }))} />
        ),
      cellAttributes: () => ({ 'data-testid': 'results-item-met' }),
    },
  ];
  return (
    <Section id="results-items" title={t('consoleResults.items.title')} empty={items.length === 0 ? t('consoleResults.items.empty') : null}>
      <DataTable
        columns={columns}
        rows={items}
        rowKey={(i) => `${i.kind}:${i.itemId}`}
        rowAttributes={(i) => ({ 'data-testid': 'results-item-row', 'data-item-id': i.itemId, 'data-kind': i.kind })}
        label={t('consoleResults.items.title')}
        testId="results-items"
      />
    </Section>
  );
}
