import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeaderboardRow } from '../../../../shared/api/hub/hubConsole';
import { Section } from '../../features/reports/Section';
import { Value } from '../../features/reports/Value';
import { type Column, DataTable } from '../../ui/DataTable';
import { ClickableRows } from './ClickableRows';
import { type LeaderboardSort, type LeaderboardSortKey, nextSort, sortLeaderboard } from './leaderboardSort';
import { useResultFormats } from './useResultFormats';

interface Props {
  rows: readonly LeaderboardRow[];
  sort: LeaderboardSort;
  onSort(sort: LeaderboardSort): void;
  onOpen(store: LeaderboardRow): void;
}

type FigureKey = Exclude<LeaderboardSortKey, 'storeName' | 'region' | 'group'>;

/** Stores ranked by any column (GMV, highest first, to start); a store opens its sessions in the range. */
export function Leaderboard({ rows, sort, onSort, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const f = useResultFormats();
  const sorted = useMemo(() => sortLeaderboard(rows, sort, new Intl.Collator(i18n.language)), [rows, sort, i18n.language]);

  const header = (key: LeaderboardSortKey, label: string) => {
    const active = sort.key === key;
    const arrow = active ? (sort.direction === 'desc' ? '▼' : '▲') : '';
    const description = active
      ? t(sort.direction === 'desc' ? 'consoleResults.leaderboard.sortDescending' : 'consoleResults.leaderboard.sortAscending', {
          column: label,
        })
      : t('consoleResults.leaderboard.sortBy', { column: label });
    return (
      <button
        type="button"
        className={`results-sort${active ? ' results-sort--active' : ''}`}
        onClick={() => onSort(nextSort(sort, key))}
        title={description}
        aria-label={description}
        data-testid={`results-sort-${key}`}
        data-sort={active ? sort.direction : undefined}
      >
        {label}
        <span className="results-sort__arrow" aria-hidden="true">
          {arrow}
        </span>
      </button>
    );
  };
  const figure = (key: FigureKey, label: string, text: (row: LeaderboardRow) => string | null, unit?: string): Column<LeaderboardRow> => ({
    key,
    header: header(key, label),
    numeric: true,
    ...(unit === undefined ? {} : { unit }),
    cell: (row) => <Value compact text={text(row)} />,
    cellAttributes: () => ({ 'data-testid': `results-store-${key}` }),
  });
  const text = (key: 'region' | 'group', label: string): Column<LeaderboardRow> => ({
    key,
    header: header(key, label),
    cell: (row) => <Value compact text={row[key] || null} />,
    cellAttributes: () => ({ className: 'results-leaderboard__text', 'data-testid': `results-store-${key}` }),
  });
  const columns: Column<LeaderboardRow>[] = [
    {
      key: 'rank',
      header: t('consoleResults.leaderboard.rank'),
      numeric: true,
      cell: (_row, index) => index + 1,
      cellAttributes: () => ({ 'data-testid': 'results-store-rank' }),
    },
    {
      key: 'storeName',
      header: header('storeName', t('consoleResults.leaderboard.store')),
      rowHeader: true,
      cell: (row) => (
        <button
          type="button"
          className="results-link"
          aria-label={t('consoleResults.leaderboard.open', { store: row.storeName })}
          data-testid="results-store-open"
          onClick={() => onOpen(row)}
        >
          {row.storeName}
        </button>
      ),
      cellAttributes: () => ({ 'data-testid': 'results-store-name' }),
    },
    text('region', t('consoleResults.leaderboard.region')),
    text('group', t('consoleResults.leaderboard.group')),
    figure('sessions', t('consoleResults.leaderboard.sessions'), (r) => f.count(r.sessions)),
    figure('gmvFen', t('consoleResults.leaderboard.gmv'), (r) => f.yuan(r.gmvFen)),
    figure('gpmFen', t('consoleResults.leaderboard.gpm'), (r) => f.yuan(r.gpmFen)),
    figure('uvValueFen', t('consoleResults.leaderboard.uvValue'), (r) => f.yuan(r.uvValueFen)),
    figure('uniqueViewers', t('consoleResults.leaderboard.viewers'), (r) => f.count(r.uniqueViewers), t('consoleResults.units.people')),
    figure('conversion', t('consoleResults.leaderboard.conversion'), (r) => f.percent(r.conversion)),
    figure('explainMs', t('consoleResults.leaderboard.explain'), (r) => f.explainBare(r.explainMs), t('consoleResults.units.minutes')),
  ];

  const openCode = (code: string) => {
    const row = sorted.find((r) => r.storeCode === code);
    if (row) onOpen(row);
  };

  return (
    <Section id="results-leaderboard" title={t('consoleResults.leaderboard.title')}>
      <p className="muted results-hint">{t('consoleResults.leaderboard.hint')}</p>
      <ClickableRows className="results-leaderboard" attribute="data-store-code" onRow={openCode}>
        <DataTable
          columns={columns}
          rows={sorted}
          rowKey={(row) => row.storeCode}
          rowAttributes={(row) => ({ className: 'results-row', 'data-store-code': row.storeCode, 'data-testid': 'results-store-row' })}
          label={t('consoleResults.leaderboard.title')}
          testId="results-leaderboard"
        />
      </ClickableRows>
    </Section>
  );
}
