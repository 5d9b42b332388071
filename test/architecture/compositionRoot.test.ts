import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BACKEND = path.join(ROOT, 'electron/backend');

/** The backend's production sources: tests and test scaffolding build what they need themselves. */
function productionSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return productionSources(full);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !/[Tt]est[A-Z]|^test|Fixture/.test(entry.name) ? [full] : [];
  });
}

/** The domain services built once for the whole backend, in electron/backend/coreServices.ts. */
const FACTORIES = [
  'createSettingsService',
  'createProductsService',
  'createCouponsService',
  'createTasksService',
  'createShowsService',
  'createImageStore',
  'createReportService',
  'createShowPackageServices',
];

/**
 * Services built where they are used are how one part ends up with its own copy of another's state. The rule is
 * checked here: outside the composition root, production code receives its services.
 */
describe('the composition root', () => {
  it('is the only production code that builds the domain services', () => {
    const calls = productionSources(BACKEND).flatMap((file) => {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const where = path.relative(ROOT, file);
      return FACTORIES.flatMap((name) =>
        [...code.matchAll(new RegExp(`(?<!function )\\b${name}\\(([^)]*)\\)`, 'g'))].map((m) => `${where}: ${name}(${m[1]})`),
      );
    });
    const outside = calls.filter((call) => !call.startsWith('electron/backend/coreServices.ts:'));
    expect(outside).toEqual([]);
    for (const name of FACTORIES.filter((f) => f !== 'createShowPackageServices')) {
      expect(calls.filter((c) => c.startsWith(`electron/backend/coreServices.ts: ${name}(`))).toHaveLength(1);
    }
  });
});
