import { type KeyboardEvent, type RefObject, useEffect } from 'react';

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** A catalog list's keys: Ctrl/Cmd+N makes a new item, "/" goes to the search. Off while an editor is open. */
export function useListShortcuts(options: { isMac: boolean; enabled: boolean; onNew(): void; search: RefObject<HTMLInputElement | null> }) {
  const { isMac, enabled, onNew, search } = options;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const modifier = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
      if (modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        onNew();
      } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target)) {
        event.preventDefault();
        search.current?.focus();
        search.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, isMac, onNew, search]);
}

/** A list row: Enter or Space opens it, ↑ ↓ move to the row above or below, Home and End to the ends. */
export function rowKeyDown(onOpen: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const row = event.currentTarget;
    const siblings = () => Array.from(row.parentElement?.children ?? []) as HTMLElement[];
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling) as HTMLElement | null;
      next?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? siblings()[0] : siblings().at(-1))?.focus();
    }
  };
}
