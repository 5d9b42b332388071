import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sources, specifiers } from './sourceImports';

const RENDERER = path.join(ROOT, 'renderer/src');
const FEATURES = path.join(RENDERER, 'features');

/** The feature folder a path lies in (`live` for renderer/src/features/live/Console.tsx), or null outside features/. */
function featureOf(file: string): string | null {
  const rel = path.relative(FEATURES, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [feature, ...rest] = rel.split(path.sep);
  return rest.length > 0 ? (feature ?? null) : null;
}

/** `file imports spec` for every relative import of `code` that lands in a feature folder `allowed` refuses. */
function featureImports(file: string, code: string, allowed: (feature: string) => boolean): string[] {
  return specifiers(code)
    .filter((spec) => spec.startsWith('.'))
    .filter((spec) => {
      const target = featureOf(path.resolve(path.dirname(file), spec));
      return target !== null && !allowed(target);
    })
    .map((spec) => `${path.relative(ROOT, file)} imports ${spec}`);
}

const under = (folder: string) => sources(path.relative(ROOT, path.join(RENDERER, folder)));

/**
 * Features share through the kit (ui/, state/, format/, …), never through each other: a feature that imports another
 * ties their changes together. Composing areas is the shell's job.
 */
describe('renderer features', () => {
  it('a feature imports nothing from another feature', () => {
    const found = under('features').flatMap((file) =>
      featureImports(file, readFileSync(file, 'utf8'), (target) => target === featureOf(file)),
    );
    expect(found).toEqual([]);
  });

  it('a feature imports only the kit, the API client, its own folder and shared/', () => {
    // files/: browser file helpers (base64, download). overlay/: Settings previews the overlay page with its own view.
    const kit = new Set(['ui', 'state', 'format', 'api', 'i18n', 'keyboard', 'files', 'overlay']);
    const found = under('features').flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) => {
          const target = path.resolve(path.dirname(file), spec);
          const rel = path.relative(RENDERER, target);
          // Outside renderer/src: the project's shared/ for all, test/ for tests.
          if (rel.startsWith('..')) return !/^(shared|test)$/.test(path.relative(ROOT, target).split(path.sep)[0] ?? '');
          const top = rel.split(path.sep)[0] ?? '';
          return top === 'features' ? featureOf(target) !== featureOf(file) : !kit.has(top);
        })
        .map((spec) => `${path.relative(ROOT, file)} imports ${spec}`),
    );
    expect(found).toEqual([]);
  });

  it('the shared kit (ui/, state/, format/) imports no feature', () => {
    const found = ['ui', 'state', 'format'].flatMap(under).flatMap((file) => featureImports(file, readFileSync(file, 'utf8'), () => false));
    expect(found).toEqual([]);
  });

  it('sees an import into another feature, and not one into the kit or the same feature', () => {
    const file = path.join(FEATURES, 'live/Console.tsx');
    const code = [
      "import { money } from '../products/money';",
      "import type { T } from '../../features/reports/reportsStore';",
      "import { useNow } from '../../ui/useNow';",
      "import { cue } from './cueState';",
      "import '../shows/shows.css';",
    ].join('\n');
    expect(featureImports(file, code, (target) => target === 'live')).toEqual([
      'renderer/src/features/live/Console.tsx imports ../products/money',
      'renderer/src/features/live/Console.tsx imports ../../features/reports/reportsStore',
      'renderer/src/features/live/Console.tsx imports ../shows/shows.css',
    ]);
  });
});
