import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskType } from '../../../../shared/domain/catalog/loyaltyTask';
import { useAppState } from '../../state/AppStateContext';
import { errorMessage } from '../../state/bound';
import type { RefInfo, RefKind } from './cueModel';
import { formatFen } from './formatValues';

const PRODUCT_PAGE = 20;
const LIST_PAGE = 200;

interface Option {
  id: string;
  info: Extract<RefInfo, { state: 'ok' }>;
  /** Second line: price and stock, coupon or task type. */
  detail: string;
}

interface ItemPickerProps {
  kind: RefKind;
  /** Only tasks of this type (a giveaway cue offers giveaway tasks). */
  taskType?: TaskType;
  inputId: string;
  describedBy?: string;
  invalid?: boolean;
  onPick(id: string, info: RefInfo): void;
}

/** Searchable list of products (searched by the backend), coupons or tasks (filtered here). */
export function ItemPicker({ kind, taskType, inputId, describedBy, invalid, onPick }: ItemPickerProps) {
  const { t } = useTranslation();
  const { client } = useAppState();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    const timer = setTimeout(
      async () => {
        try {
          const found = await search(query.trim());
          if (cancelled) return;
          setOptions(found.options);
          setTotal(found.total);
          setActive(0);
          setError(null);
        } catch (e) {
          if (!cancelled) setError(errorMessage(e));
        } finally {
          if (!cancelled) setLoading(false);
        }
      },
      query === '' ? 0 : 200,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };

    async function search(q: string): Promise<{ options: Option[]; total: number }> {
      const needle = q.toLowerCase();
      if (kind === 'product') {
        const page = await client.call('product.list', { ...(q ? { query: q } : {}), limit: PRODUCT_PAGE });
        return {
          total: page.total,
          options: page.items.map((p) => ({
            id: p.id,
            info: { state: 'ok', code: p.sku, title: p.title },
            detail: [
              p.livePriceFen !== null ? formatFen(p.livePriceFen) : null,
              p.stock !== null ? t('shows.picker.stock', { n: p.stock }) : null,
              p.category || null,
            ]
              .filter(Boolean)
              .join(' · '),
          })),
        };
      }
      if (kind === 'coupon') {
        const page = await client.call('coupon.list', { limit: LIST_PAGE });
        const items = page.items.filter((c) => c.name.toLowerCase().includes(needle));
        return {
          total: items.length,
          options: items.map((c) => ({
            id: c.id,
            info: { state: 'ok', code: null, title: c.name },
            detail: t(`glossary.couponType.${c.type}`),
          })),
        };
      }
      const page = await client.call('task.list', { limit: LIST_PAGE });
      const items = page.items.filter((task) => (!taskType || task.type === taskType) && task.title.toLowerCase().includes(needle));
      return {
        total: items.length,
        options: items.map((task) => ({
          id: task.id,
          info: { state: 'ok', code: null, title: task.title },
          detail: [t(`glossary.taskType.${task.type}`), task.reward || null].filter(Boolean).join(' · '),
        })),
      };
    }
  }, [client, kind, taskType, query, t]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.min(Math.max(a + step, 0), Math.max(options.length - 1, 0)));
    } else if (event.key === 'Enter') {
      // Enter picks the highlighted option instead of submitting the form.
      event.preventDefault();
      const option = options[active];
      if (option) onPick(option.id, option.info);
    }
  };

  const activeOption = options[active];
  return (
    <div className="picker">
      <input
        id={inputId}
        type="search"
        className="form-field__control picker__search"
        data-testid="picker-search"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        autoComplete="off"
        placeholder={t(`shows.picker.search.${kind}`)}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="picker__options" id={listId} role="listbox" aria-busy={loading} tabIndex={-1}>
        {options.map((option, index) => (
          // Options are chosen with the arrow keys and Enter in the search box (aria-activedescendant), so they take no focus.
          // biome-ignore lint/a11y/useFocusableInteractive: see above
          // biome-ignore lint/a11y/useKeyWithClickEvents: see above
          <div
            key={option.id}
            id={`${listId}-${option.id}`}
            role="option"
            aria-selected={index === active}
            className="picker__option"
            data-testid="picker-option"
            data-id={option.id}
            onMouseEnter={() => setActive(index)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(option.id, option.info)}
          >
            <span className="picker__title">
              {option.info.code && <code className="picker__code">{option.info.code}</code>}
              {option.info.title}
            </span>
            {option.detail && <span className="picker__detail">{option.detail}</span>}
          </div>
        ))}
      </div>
      <p className="picker__status muted" role="status">
        {error
          ? t('shows.picker.failed', { message: error })
          : loading && options.length === 0
            ? t('shows.picker.loading')
            : options.length === 0
              ? t('shows.picker.none')
              : total > options.length
                ? t('shows.picker.more', { shown: options.length, total })
                : ''}
      </p>
    </div>
  );
}
