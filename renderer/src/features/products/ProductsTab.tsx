import { type DragEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/catalog/product';
import { useConnection } from '../../state/AppStateContext';
import { PAGE_SIZE } from '../../state/products/productsStore';
import { useImport, useProducts } from '../../state/products/productsStores';
import { ProductEditor } from '../../ui/catalog/ProductEditor';
import { PublishButton } from '../../ui/publish/PublishButton';
import { SearchBox } from '../../ui/SearchBox';
import { useListShortcuts } from '../../ui/useListShortcuts';
import { useModKey } from '../../ui/useModKey';
import { ExportMenu } from './ExportMenu';
import { ImportBackgroundNotice } from './ImportBackgroundNotice';
import { ImportWizard } from './ImportWizard';
import { ProductTable } from './ProductTable';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** The products list: search, category filter, paging, import and export, and the product editor. */
export function ProductsTab() {
  const { t } = useTranslation();
  const query = useProducts((s) => s.query);
  const category = useProducts((s) => s.category);
  const offset = useProducts((s) => s.offset);
  const items = useProducts((s) => s.items);
  const total = useProducts((s) => s.total);
  const loaded = useProducts((s) => s.loaded);
  const loading = useProducts((s) => s.loading);
  const error = useProducts((s) => s.error);
  const categories = useProducts((s) => s.categories);
  const setQuery = useProducts((s) => s.setQuery);
  const setCategory = useProducts((s) => s.setCategory);
  const setOffset = useProducts((s) => s.setOffset);
  const reload = useProducts((s) => s.reload);
  const importOpen = useImport((s) => s.open);
  const openImport = useImport((s) => s.openWizard);
  const chooseFile = useImport((s) => s.chooseFile);
  const importStep = useImport((s) => s.step.kind);
  const connected = useConnection((s) => s.status.state === 'connected');

  const [editing, setEditing] = useState<{ product: Product | null } | null>(null);
  const [dragging, setDragging] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const { isMac, mod } = useModKey();

  // Fresh on every visit: another window or an import may have changed the catalog.
  useEffect(() => {
    if (connected) void reload();
  }, [connected, reload]);

  const startNew = useCallback(() => setEditing({ product: null }), []);
  const closeEditor = useCallback(() => setEditing(null), []);

  useListShortcuts({ isMac, enabled: !editing && !importOpen, onNew: startNew, search: searchRef });

  // A file dropped anywhere on the area starts an import; never let the window navigate to it.
  const busyImporting = importStep === 'reading' || importStep === 'committing';
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    const accept = !editing && !busyImporting && connected;
    event.dataTransfer.dropEffect = accept ? 'copy' : 'none';
    if (!importOpen) setDragging(accept);
  };
  const onDrop = (event: DragEvent) => {
    setDragging(false);
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (editing || busyImporting || !connected) return;
    const file = event.dataTransfer.files[0];
    if (file) void chooseFile(file);
  };

  const goToPage = (next: number) => {
    setOffset(next);
    rootRef.current?.scrollIntoView({ block: 'start' });
  };

  const filtered = query.trim() !== '' || category.trim() !== '';
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + items.length, total);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the whole area takes a dropped file; the Import button is the keyboard path
    <div
      ref={rootRef}
      className={`catalog-tab${dragging ? ' products--dragging' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <search className="products-toolbar">
        <SearchBox
          ref={searchRef}
          id="products-search"
          testId="products-search"
          label={t('products.toolbar.search')}
          placeholder={t('products.toolbar.searchPlaceholder')}
          hint={t('products.toolbar.searchHint')}
          value={query}
          onChange={setQuery}
        />
        <label className="visually-hidden" htmlFor="products-category">
          {t('products.toolbar.category')}
        </label>
        <input
          id="products-category"
          className="pfield__control products-toolbar__category"
          data-testid="products-category"
          list="products-category-list"
          placeholder={t('products.toolbar.categoryPlaceholder')}
          maxLength={100}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
        />
        <datalist id="products-category-list">
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <span className="products-toolbar__spacer" />
        <button
          type="button"
          className="button button--primary"
          data-testid="products-new"
          disabled={!connected}
          aria-keyshortcuts={isMac ? 'Meta+N' : 'Control+N'}
          title={`${mod}N`}
          onClick={startNew}
        >
          + {t('products.toolbar.new')}
        </button>
        <button type="button" className="button" data-testid="products-import" disabled={!connected} onClick={openImport}>
          {t('products.toolbar.import')}
        </button>
        <ExportMenu />
        <PublishButton what={{ kind: 'catalog' }} testId="products-publish" />
      </search>

      <div className="products-summary">
        <span className="products-total" data-testid="products-total" data-total={total} aria-live="polite">
          {loaded ? t('products.total', { count: total }) : t('products.loading')}
        </span>
        <span className="muted products-summary__keys">{t('products.shortcuts', { mod })}</span>
      </div>

      <ImportBackgroundNotice />

      {error && (
        <div className="notice notice--error" role="alert">
          <p>{t('products.loadFailed', { message: error })}</p>
          <button type="button" className="button" onClick={() => void reload()}>
            {t('products.retry')}
          </button>
        </div>
      )}

      {loaded && total === 0 && !filtered && (
        <section className="products-empty" data-testid="products-empty">
          <h2 className="products-empty__title">{t('products.empty.title')}</h2>
          <p className="muted">{t('products.empty.body')}</p>
          <div className="products-empty__actions">
            <button type="button" className="button button--primary button--big" disabled={!connected} onClick={openImport}>
              {t('products.toolbar.import')}
            </button>
            <button type="button" className="button button--big" disabled={!connected} onClick={startNew}>
              + {t('products.toolbar.new')}
            </button>
          </div>
        </section>
      )}
      {loaded && total === 0 && filtered && (
        <p className="products-nomatch" data-testid="products-nomatch">
          {query.trim() ? t('products.empty.noMatch', { query: query.trim() }) : t('products.empty.noMatchCategory')}
        </p>
      )}
      {items.length > 0 && <ProductTable items={items} busy={loading} onEdit={(product) => setEditing({ product })} />}

      {total > PAGE_SIZE && (
        <nav className="paging" aria-label={t('products.paging.label')}>
          <button
            type="button"
            className="button"
            data-testid="products-prev"
            disabled={offset === 0 || loading}
            onClick={() => goToPage(offset - PAGE_SIZE)}
          >
            ‹ {t('products.paging.previous')}
          </button>
          <span className="paging__range" data-testid="products-range">
            {t('products.paging.range', { from: from.toLocaleString(), to: to.toLocaleString(), total: total.toLocaleString() })}
          </span>
          <button
            type="button"
            className="button"
            data-testid="products-next"
            disabled={offset + PAGE_SIZE >= total || loading}
            onClick={() => goToPage(offset + PAGE_SIZE)}
          >
            {t('products.paging.next')} ›
          </button>
        </nav>
      )}

      {dragging && (
        <div className="products-dropzone" aria-hidden="true">
          <p>{t('products.dropHere')}</p>
        </div>
      )}

      {editing && (
        <ProductEditor key={editing.product?.id ?? 'new'} product={editing.product} categories={categories} onClose={closeEditor} />
      )}
      {importOpen && <ImportWizard />}
    </div>
  );
}
