import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetsResponse } from '../../../../shared/api/hub/hubProducer';
import { type ResultsFilters as Filters, rangeProblem } from './resultsQuery';
import '../../ui/field.css';

interface Props {
  filters: Filters;
  onChange(filters: Filters): void;
  /** Regions and groups to choose from; null until the hub answered (the choices then hold only "all"). */
  targets: TargetsResponse | null;
  busy: boolean;
  onQuery(): void;
}

/** Date range, region, group and show name; 查询 (or Enter in any field) asks the hub. */
export function ResultsFilters({ filters, onChange, targets, busy, onQuery }: Props) {
  const { t } = useTranslation();
  const problem = rangeProblem(filters);
  const set = (key: keyof Filters) => (event: { currentTarget: { value: string } }) =>
    onChange({ ...filters, [key]: event.currentTarget.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem === null) onQuery();
  };
  // A region or group typed in a link or kept from before stays choosable even if the hub no longer lists it.
  const regions = withCurrent(targets?.regions.map((r) => r.region) ?? [], filters.region);
  const groups = withCurrent(targets?.groups.map((g) => g.group) ?? [], filters.group);

  return (
    <form className="results-filters" aria-label={t('consoleResults.filters.label')} onSubmit={submit} data-testid="results-filters">
      <label className="results-filters__field">
        <span>{t('consoleResults.filters.from')}</span>
        <input
          className="pfield__control"
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={set('from')}
          data-testid="results-filter-from"
          required
        />
      </label>
      <label className="results-filters__field">
        <span>{t('consoleResults.filters.to')}</span>
        <input
          className="pfield__control"
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={set('to')}
          data-testid="results-filter-to"
          required
        />
      </label>
      <label className="results-filters__field">
        <span>{t('consoleResults.filters.region')}</span>
        <select className="pfield__control" value={filters.region} onChange={set('region')} data-testid="results-filter-region">
          <option value="">{t('consoleResults.filters.allRegions')}</option>
          {regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </label>
      <label className="results-filters__field">
        <span>{t('consoleResults.filters.group')}</span>
        <select className="pfield__control" value={filters.group} onChange={set('group')} data-testid="results-filter-group">
          <option value="">{t('consoleResults.filters.allGroups')}</option>
          {groups.map((group) => (
            <option key={group} value={group}>
              {group}
            </option>
          ))}
        </select>
      </label>
      <label className="results-filters__field results-filters__field--show">
        <span>{t('consoleResults.filters.show')}</span>
        <input
          className="pfield__control"
          type="search"
          value={filters.show}
          placeholder={t('consoleResults.filters.showPlaceholder')}
          maxLength={200}
          onChange={set('show')}
          data-testid="results-filter-show"
        />
      </label>
      <button
        type="submit"
        className="button button--primary"
        disabled={busy || problem !== null}
        aria-busy={busy}
        data-testid="results-query"
      >
        {busy ? t('consoleResults.filters.querying') : t('consoleResults.filters.query')}
      </button>
      {problem !== null && (
        <p className="results-filters__problem" role="alert" data-testid="results-filter-problem">
          {t(problem === 'missing' ? 'consoleResults.filters.rangeMissing' : 'consoleResults.filters.rangeReversed')}
        </p>
      )}
    </form>
  );
}

/** Empty names are the hub's "no region": not a choice of their own. */
const withCurrent = (names: readonly string[], current: string): string[] => {
  const list = names.filter((n) => n !== '');
  return current && !list.includes(current) ? [...list, current] : list;
};
