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
  const choices = [
    { key: 'region', all: t('consoleResults.filters.allRegions'), names: regions },
    { key: 'group', all: t('consoleResults.filters.allGroups'), names: groups },
  ] as const;

  return (
    <form className="results-filters" aria-label={t('consoleResults.filters.label')} onSubmit={submit} data-testid="results-filters">
      {(['from', 'to'] as const).map((key) => (
        <DateField
          key={key}
          label={t(`consoleResults.filters.${key}`)}
          value={filters[key]}
          // The picker keeps the range the right way round.
          {...(key === 'from' ? { max: filters.to } : { min: filters.from })}
          onChange={set(key)}
          testId={`results-filter-${key}`}
        />
      ))}
      {choices.map((choice) => (
        <ChoiceField
          key={choice.key}
          label={t(`consoleResults.filters.${choice.key}`)}
          all={choice.all}
          choices={choice.names}
          value={filters[choice.key]}
          onChange={set(choice.key)}
          testId={`results-filter-${choice.key}`}
        />
      ))}
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

type ValueEvent = { currentTarget: { value: string } };

function DateField(props: { label: string; value: string; min?: string; max?: string; onChange(event: ValueEvent): void; testId: string }) {
  return (
    <label className="results-filters__field">
      <span>{props.label}</span>
      <input
        className="pfield__control"
        type="date"
        value={props.value}
        min={props.min || undefined}
        max={props.max || undefined}
        onChange={props.onChange}
        data-testid={props.testId}
        required
      />
    </label>
  );
}

/** A region or group: "all" first (sent as nothing), then the hub's names. */
function ChoiceField(props: {
  label: string;
  all: string;
  choices: readonly string[];
  value: string;
  onChange(event: ValueEvent): void;
  testId: string;
}) {
  return (
    <label className="results-filters__field">
      <span>{props.label}</span>
      <select className="pfield__control" value={props.value} onChange={props.onChange} data-testid={props.testId}>
        <option value="">{props.all}</option>
        {props.choices.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
