import type { AreaId } from '../ui/areas';

/** Simple line icons drawn inline (no icon font or network); decorative, so hidden from screen readers. */
const PATHS: Record<AreaId, string> = {
  live: 'M12 8.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7Zm-6.4-2.9a9 9 0 0 0 0 12.8M18.4 5.6a9 9 0 0 1 0 12.8',
  shows: 'M4 6h16M4 12h16M4 18h10',
  products: 'M4 8l8-4 8 4v8l-8 4-8-4V8Zm0 0l8 4 8-4M12 12v8',
  reports: 'M5 20V10M12 20V4M19 20v-7',
  settings:
    'M12 9a3 3 0 1 1 0 6 3 3 0 0 1 0-6Zm0-6v3m0 12v3M3 12h3m12 0h3M5.6 5.6l2.1 2.1m8.6 8.6 2.1 2.1M5.6 18.4l2.1-2.1m8.6-8.6 2.1-2.1',
};

export function AreaIcon({ area }: { area: AreaId }) {
  return (
    <svg className="area-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[area]} />
    </svg>
  );
}
