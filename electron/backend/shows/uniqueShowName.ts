import type { Db } from '../store/database';

/** `name`, or `name (2)`, `name (3)`, … : the first no show on this PC has. */
export function uniqueShowName(db: Db, name: string): string {
  const taken = db.prepare<[string], { n: number }>('SELECT 1 AS n FROM shows WHERE name = ? LIMIT 1');
  if (!taken.get(name)) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${[...name].slice(0, 200 - suffix.length).join('')}${suffix}`;
    if (!taken.get(candidate)) return candidate;
  }
}
