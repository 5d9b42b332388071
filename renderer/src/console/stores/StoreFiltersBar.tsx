import { useTranslation } from 'react-i18next';
import type { ConsoleStore } from '../../../../shared/api/hub/hubConsole';
import { choices, type StoreFilters } from './storeFilters';

interface StoreFiltersBarProps {
  stores: readonly ConsoleStore[];
  filters: StoreFilters;
  onChange(filters: StoreFilters): void;
  shown: number;
}

/** Region, group and a search over code and name; the count says how many are left. */
export function StoreFiltersBar({ stores, filters, onChange, shown }: StoreFiltersBarProps) {
  const { t, i18n } = useTranslation();
  // A select's value is a string: '*' stands for any (a real region may be '', "none").
  const select = (field: 'region' | 'group') => (
    <label className="console-filter">
      <span>{t(`console.stores.${field}`)}</span>
      <select
        className="console-select"
        value={filters[field] ?? '*'}
        data-testid={`stores-filter-${field}`}
        onChange={(e) => onChange({ ...filters, [field]: e.target.value === '*' ? null : e.target.value })}
      >
        <option value="*">{t('console.stores.any')}</option>
        {choices(stores, field, i18n.language).map((value) => (
          <option key={value} value={value}>
            {value || t('console.stores.none')}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a filter row, not a form to submit
    <div className="console-filters" role="group" aria-label={t('console.stores.filters')}>
      {select('region')}
      {select('group')}
      <label className="console-filter console-filter--search">
        <span>{t('console.stores.search')}</span>
        <input
          type="search"
          className="console-input"
          value={filters.search}
          placeholder={t('console.stores.searchPlaceholder')}
          data-testid="stores-filter-search"
          onChange={(e) => onChange({ ...filters, search: e.target.value })}
        />
      </label>
      <span className="muted console-filters__count" data-testid="stores-count">
        {t('console.stores.count', { shown, total: stores.length })}
      </span>
    </div>
  );
}
