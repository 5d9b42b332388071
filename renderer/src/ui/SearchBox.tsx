import type { Ref } from 'react';

interface SearchBoxProps {
  ref?: Ref<HTMLInputElement>;
  id: string;
  testId: string;
  label: string;
  placeholder: string;
  /** Shown as the "/" key's tooltip. */
  hint: string;
  value: string;
  onChange(value: string): void;
}

/** The search field of a catalog list: "/" focuses it (see useListShortcuts), Esc clears it. */
export function SearchBox({ ref, id, testId, label, placeholder, hint, value, onChange }: SearchBoxProps) {
  return (
    <div className="products-toolbar__search">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <svg className="products-toolbar__icon" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </svg>
      <input
        ref={ref}
        id={id}
        type="search"
        className="pfield__control products-toolbar__input"
        data-testid={testId}
        placeholder={placeholder}
        aria-keyshortcuts="/"
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value !== '') {
            e.preventDefault();
            onChange('');
          }
        }}
      />
      <kbd className="products-toolbar__kbd" title={hint}>
        /
      </kbd>
    </div>
  );
}
