import { useTranslation } from 'react-i18next';
import type { ConsoleStore } from '../../../../shared/api/hub/hubConsole';
import { formatRelative } from '../../format/relativeTime';
import { type Column, DataTable } from '../../ui/DataTable';
import { count } from '../format/consoleFormat';
import { LiveNowCell } from './LiveNowCell';
import { activeDevices, appVersions } from './storeFilters';

interface StoresTableProps {
  stores: readonly ConsoleStore[];
  /** The hub's clock when the list was read: "3 分钟前" is measured from it, not from this PC's clock. */
  hubTime: number;
  selected: string | null;
  canManage: boolean;
  onSelect(code: string): void;
  onEnroll(store: ConsoleStore): void;
}

/** One row a store, sized for a 1366-wide window: what is live takes the room, the rest stays narrow. */
export function StoresTable({ stores, hubTime, selected, canManage, onSelect, onEnroll }: StoresTableProps) {
  const { t, i18n } = useTranslation();
  const none = t('console.stores.none');
  const columns: Column<ConsoleStore>[] = [
    { key: 'code', header: t('console.stores.columns.code'), cell: (s) => <code>{s.code}</code> },
    {
      key: 'name',
      header: t('console.stores.columns.name'),
      rowHeader: true,
      cell: (s) => (
        <button
          type="button"
          className="console-link"
          aria-expanded={s.code === selected}
          onClick={() => onSelect(s.code)}
          data-testid="store-select"
        >
          {s.name}
        </button>
      ),
    },
    { key: 'region', header: t('console.stores.columns.region'), cell: (s) => s.region || none },
    { key: 'group', header: t('console.stores.columns.group'), cell: (s) => s.group || none },
    {
      key: 'devices',
      header: t('console.stores.columns.devices'),
      cell: (s) => {
        const n = activeDevices(s);
        const versions = appVersions(s);
        return (
          <span className="console-stack" data-testid="store-devices">
            <span>{n === 0 ? t('console.stores.noDevices') : t('console.stores.deviceCount', { count: n })}</span>
            {versions.length > 0 && <span className="muted console-small">{versions.map((v) => `v${v}`).join(' · ')}</span>}
          </span>
        );
      },
    },
    {
      key: 'lastSeen',
      header: t('console.stores.columns.lastSeen'),
      cell: (s) => (
        <span className="console-seen" data-testid="store-last-seen">
          <span
            className={`console-dot${s.online ? ' console-dot--online' : ''}`}
            role="img"
            aria-label={s.online ? t('console.stores.online') : t('console.stores.offline')}
            title={s.online ? t('console.stores.online') : t('console.stores.offline')}
            data-testid="store-online"
            data-online={String(s.online)}
          />
          {s.lastSeenAt === null ? t('console.stores.never') : formatRelative(s.lastSeenAt, hubTime, i18n.language)}
        </span>
      ),
    },
    {
      key: 'waiting',
      header: t('console.stores.columns.waiting'),
      numeric: true,
      cell: (s) => (s.eventsWaiting === null ? t('console.stores.waitingUnknown') : count(s.eventsWaiting)),
    },
    {
      key: 'live',
      header: t('console.stores.columns.live'),
      cell: (s) => <LiveNowCell store={s} />,
      cellAttributes: (s) => ({ 'data-testid': 'store-live', className: 'console-live-col', 'data-live': String(s.live !== null) }),
    },
    {
      key: 'actions',
      header: <span className="visually-hidden">{t('console.stores.columns.actions')}</span>,
      cell: (s) =>
        canManage ? (
          <button type="button" className="button button--quiet" onClick={() => onEnroll(s)} data-testid="store-enroll">
            {t('console.stores.enroll')}
          </button>
        ) : null,
    },
  ];
  return (
    <DataTable
      columns={canManage ? columns : columns.filter((c) => c.key !== 'actions')}
      rows={stores}
      rowKey={(s) => s.code}
      rowAttributes={(s) => ({
        'data-testid': 'store-row',
        'data-store-code': s.code,
        className: s.code === selected ? 'console-row--selected' : undefined,
      })}
      label={t('console.stores.title')}
      testId="stores-table"
    />
  );
}
