import type { MouseEvent, ReactNode } from 'react';

/**
 * Widens a table's click target to whole rows: a click on a row (not on a button or link in it, nor the header)
 * hands over the row's `attribute`. Each row's own button stays the way in for the keyboard and screen readers.
 */
export function ClickableRows({
  attribute,
  onRow,
  className,
  children,
}: {
  attribute: `data-${string}`;
  onRow(key: string): void;
  className: string;
  children: ReactNode;
}) {
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    if (target.closest('button, a, thead')) return;
    const key = target.closest('tr')?.getAttribute(attribute);
    if (key) onRow(key);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the rows' own buttons are the keyboard way in; this only widens the click target
    // biome-ignore lint/a11y/useKeyWithClickEvents: as above, Enter goes through each row's button
    <div className={className} onClick={onClick}>
      {children}
    </div>
  );
}
