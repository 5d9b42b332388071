import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../../state/AppStateContext';
import type { CatalogListState } from '../../state/catalog/catalogListStore';
import { SearchBox } from '../SearchBox';
import { useListShortcuts } from '../useListShortcuts';
import { useModKey } from '../useModKey';

interface Props {
  /** Whose texts and test ids (`<ns>-search`, `-new`, `-total`, `-empty`). */
  ns: 'coupons' | 'tasks';
  list: Pick<CatalogListState<unknown, unknown>, 'loaded' | 'error' | 'query' | 'setQuery' | 'reload'> & { items: readonly unknown[] };
  /** More filters beside the search. */
  filters?: ReactNode;
  /** More actions after "new". */
  actions?: ReactNode;
  /** How many items the search and filters leave. */
  shownCount: number;
  /** An editor is open: the list's keys are off. */
  editing: boolean;
  onNew(): void;
  /** The table of what the search leaves. */
  children: ReactNode;
  /** The editor drawer, when one is open. */
  editor?: ReactNode;
}

/** A catalog tab's frame: search and "new" (/ and Ctrl/Cmd+N), the count, load errors, the empty and no-match notes. */
export function CatalogListFrame(props: Props) {
  const { ns, list, filters, actions, shownCount, editing, onNew, children, editor } = props;
  const { loaded, error, query, setQuery, reload } = list;
  const count = list.items.length;
  const testPrefix = ns;
  const { t } = useTranslation();
  const connected = useConnection((s) => s.status.state === 'connected');
  const { isMac, mod } = useModKey();
  const searchRef = useRef<HTMLInputElement>(null);
  useListShortcuts({ isMac, enabled: !editing && connected, onNew, search: searchRef });

  // Read again on every visit and reconnection: a package import or another window may have changed the list.
  useEffect(() => {
    if (connected) void reload();
  }, [connected, reload]);

  return (
    <div className="catalog-tab">
      <search className="products-toolbar">
        <SearchBox
          ref={searchRef}
          id={`${testPrefix}-search`}
          testId={`${testPrefix}-search`}
          label={t(`${ns}.search`)}
          placeholder={t(`${ns}.searchPlaceholder`)}
          hint={t('products.toolbar.searchHint')}
          value={query}
          onChange={setQuery}
        />
        {filters}
        <span className="products-toolbar__spacer" />
        <button
          type="button"
          className="button button--primary"
          data-testid={`${testPrefix}-new`}
          disabled={!connected}
          title={connected ? `${mod}N` : t('editor.offline')}
          aria-keyshortcuts={isMac ? 'Meta+N' : 'Control+N'}
          onClick={onNew}
        >
          + {t(`${ns}.new`)}
        </button>
        {actions}
      </search>
      <div className="products-summary">
        <span className="products-total" data-testid={`${testPrefix}-total`} data-total={loaded ? count : undefined} aria-live="polite">
          {loaded ? t(`${ns}.total`, { count }) : t(`${ns}.loading`)}
        </span>
        <span className="muted products-summary__keys">{t(`${ns}.shortcuts`, { mod })}</span>
      </div>
      {error && (
        <div className="notice notice--error" role="alert">
          <p>{t(`${ns}.loadFailed`, { message: error })}</p>
          <button type="button" className="button" onClick={() => void reload()}>
            {t('catalog.retry')}
          </button>
        </div>
      )}
      {loaded && count === 0 && (
        <p className="products-nomatch" data-testid={`${testPrefix}-empty`}>
          {t(`${ns}.empty`)}
        </p>
      )}
      {loaded && count > 0 && shownCount === 0 && <p className="products-nomatch">{t(`${ns}.noMatch`, { query: query.trim() })}</p>}
      {shownCount > 0 && <div className="products-table-wrap">{children}</div>}
      {editor}
    </div>
  );
}
