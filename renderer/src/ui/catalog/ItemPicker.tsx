import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskType } from '../../../../shared/domain/catalog/loyaltyTask';
import { offerText } from '../../format/couponOffer';
import { formatFen } from '../../format/money';
import { useAppState } from '../../state/AppStateContext';
import { errorMessage } from '../../state/bound';
import { type RefInfo, type RefKind, refInfoOf } from '../../state/catalog/catalogRefs';
import { Thumbnail } from '../images/Thumbnail';
import './picker.css';

const PRODUCT_PAGE = 20;
const LIST_PAGE = 200;

interface Option {
  id: string;
  info: Extract<RefInfo, { state: 'ok' }>;
  /** Second line: price and stock, coupon offer or task type. */
  detail: string;
  /** A product's main image. */
  imageHash?: string | undefined;
}

export interface ItemPickerProps {
  kind: RefKind;
  /** Only tasks of this type (a giveaway cue offers giveaways). */
  taskType?: TaskType;
  inputId: string;
  describedBy?: string;
  invalid?: boolean;
  onPick(id: string, info: RefInfo): void;
  /** Several may be picked (a coupon's products): these are marked as picked, and picking one again is the caller's call. */
  pickedIds?: readonly string[];
  /** Offers "新建…" under the list, with what was typed; Enter on an empty list does the same. */
  onCreate?(query: string): void;
}

/** Searchable list of products (searched by the backend), coupons or tasks (filtered here). */
export function ItemPicker({ kind, taskType, inputId, describedBy, invalid, onPick, pickedIds, onCreate }: ItemPickerProps) {
  const { t } = useTranslation();
  const { client } = useAppState();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();
  const what = kind === 'task' && taskType === 'giveaway' ? 'giveaway' : kind;

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
            info: refInfoOf.product(p) as Option['info'],
            imageHash: p.images[0],
            detail: [
              p.livePriceFen !== null ? formatFen(p.livePriceFen) : null,
              p.stock !== null ? t('catalog.picker.stock', { n: p.stock }) : null,
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
            info: refInfoOf.coupon(c) as Option['info'],
            detail: `${t(`glossary.couponType.${c.type}`)} · ${offerText(t, c)}`,
          })),
        };
      }
      const page = await client.call('task.list', { limit: LIST_PAGE });
      const items = page.items.filter((task) => (!taskType || task.type === taskType) && task.title.toLowerCase().includes(needle));
      return {
        total: items.length,
        options: items.map((task) => ({
          id: task.id,
          info: refInfoOf.task(task) as Option['info'],
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
      // Enter picks the highlighted option instead of submitting the form; with nothing to pick it creates one.
      event.preventDefault();
      const option = options[active];
      if (option) onPick(option.id, option.info);
      else if (onCreate && !loading) onCreate(query.trim());
    }
  };

  const picked = new Set(pickedIds ?? []);
  const activeOption = options[active];
  const createLabel = t(`catalog.picker.create.${what}`);
  return (
    <div className="picker">
      <input
        id={inputId}
        type="search"
        className="pfield__control picker__search"
        data-testid="picker-search"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        autoComplete="off"
        placeholder={t(`catalog.picker.search.${what}`)}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div
        className="picker__options"
        id={listId}
        role="listbox"
        aria-busy={loading}
        aria-multiselectable={pickedIds ? true : undefined}
        tabIndex={-1}
      >
        {options.map((option, index) => (
          // Options are chosen with the arrow keys and Enter in the search box (aria-activedescendant), so they take no focus.
          // biome-ignore lint/a11y/useFocusableInteractive: see above
          // biome-ignore lint/a11y/useKeyWithClickEvents: see above
          <div
            key={option.id}
            id={`${listId}-${option.id}`}
            role="option"
            aria-selected={index === active}
            aria-checked={pickedIds ? picked.has(option.id) : undefined}
            className={`picker__option${kind === 'product' ? ' picker__option--thumb' : ''}`}
            data-testid="picker-option"
            data-id={option.id}
            data-picked={picked.has(option.id) ? 'true' : undefined}
            onMouseEnter={() => setActive(index)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(option.id, option.info)}
          >
            {kind === 'product' && <Thumbnail hash={option.imageHash} />}
            <span className="picker__text">
              <span className="picker__title">
                {option.info.code && <code className="picker__code">{option.info.code}</code>}
                {option.info.title}
                {picked.has(option.id) && <span className="picker__picked">✓ {t('catalog.picker.picked')}</span>}
              </span>
              {option.detail && <span className="picker__detail">{option.detail}</span>}
            </span>
          </div>
        ))}
      </div>
      <div className="picker__footer">
        <p className="picker__status muted" role="status">
          {error
            ? t('catalog.picker.failed', { message: error })
            : loading && options.length === 0
              ? t('catalog.picker.loading')
              : options.length === 0
                ? t('catalog.picker.none')
                : total > options.length
                  ? t('catalog.picker.more', { shown: options.length, total })
                  : ''}
        </p>
        {onCreate && (
          <button
            type="button"
            className={`button ${options.length === 0 && !loading ? 'button--primary' : 'button--quiet'} picker__create`}
            data-testid="picker-create"
            title={t('catalog.picker.createHint')}
            onClick={() => onCreate(query.trim())}
          >
            + {query.trim() ? t('catalog.picker.createNamed', { what: createLabel, query: query.trim() }) : createLabel}
          </button>
        )}
      </div>
    </div>
  );
}
