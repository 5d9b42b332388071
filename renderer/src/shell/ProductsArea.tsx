import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CouponsTab } from '../features/coupons/CouponsTab';
import { ProductsTab } from '../features/products/ProductsTab';
import { TasksTab } from '../features/tasks/TasksTab';
import '../features/products/products.css';

const TABS = ['products', 'coupons', 'tasks'] as const;
type Tab = (typeof TABS)[number];

/** The tab last open, so coming back to the area finds it again. */
let lastTab: Tab = 'products';

/** The catalog: products, coupons and follower tasks (giveaways included), one tab each. */
export function ProductsArea() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>(lastTab);
  const tabs = useRef(new Map<Tab, HTMLButtonElement>());
  const id = useId();

  const select = (next: Tab, focus = false) => {
    lastTab = next;
    setTab(next);
    if (focus) tabs.current.get(next)?.focus();
  };
  // Tabs follow the ARIA pattern: ← → (and Home/End) move between them, Tab goes into the open one.
  const onKeyDown = (event: KeyboardEvent) => {
    const at = TABS.indexOf(tab);
    const to =
      event.key === 'ArrowRight'
        ? TABS[(at + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(at + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (to === undefined) return;
    event.preventDefault();
    select(to, true);
  };

  return (
    <div className="products">
      <div className="catalog-tabs" role="tablist" aria-label={t('catalog.tabs.label')}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              if (el) tabs.current.set(name, el);
              else tabs.current.delete(name);
            }}
            type="button"
            role="tab"
            id={`${id}-${name}`}
            className="catalog-tabs__tab"
            data-testid={`catalog-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => select(name)}
            onKeyDown={onKeyDown}
          >
            {t(`catalog.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`} className="catalog-tabs__panel">
        {tab === 'products' && <ProductsTab />}
        {tab === 'coupons' && <CouponsTab />}
        {tab === 'tasks' && <TasksTab />}
      </div>
    </div>
  );
}
