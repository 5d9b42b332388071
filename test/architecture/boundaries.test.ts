import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sources, specifiers } from './sourceImports';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isNode = (spec: string) => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0] as string);

/** The repository folder an import resolves into, for relative imports. */
function targetFolder(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return path.relative(ROOT, path.resolve(path.dirname(file), spec)).split(path.sep)[0] ?? null;
}

/** The repository file a relative import resolves to (extension and `/index` optional), or null. */
function resolveImport(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(file), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((c) => /\.tsx?$/.test(c) && existsSync(c)) ?? null;
}

function violations(folders: string[], bad: (spec: string, file: string) => boolean): string[] {
  return folders.flatMap((folder) =>
    sources(folder).flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((spec) => bad(spec, file))
        .map((spec) => `${path.relative(ROOT, file)} imports ${spec}`),
    ),
  );
}

/**
 * The runtime a file may run in is a rule checked here, not a promise in a comment: the backend and the hub run
 * under plain Node (no Electron), shared code runs in the browser too (no Node), and the renderer is a web page.
 */
describe('module boundaries', () => {
  it('the backend, transports, headless host and hub never import electron', () => {
    expect(
      violations(
        ['electron/backend', 'electron/transport', 'electron/host', 'hub'],
        (spec) => spec === 'electron' || spec.startsWith('electron/'),
      ),
    ).toEqual([]);
  });

  it('shared/ imports no Node module and nothing from electron/, renderer/ or hub/', () => {
    expect(
      violations(['shared'], (spec, file) => isNode(spec) || ['electron', 'renderer', 'hub'].includes(targetFolder(file, spec) ?? '')),
    ).toEqual([]);
  });

  it('the renderer imports no Node module', () => {
    expect(violations(['renderer'], (spec) => isNode(spec))).toEqual([]);
  });

  it('sees every form of import it checks', () => {
    const code = [
      "import { x } from 'node:fs';",
      "import type { T } from '../electron/a';",
      "export * from 'path';",
      "import 'electron';",
      "const m = await import('os');",
      "const r = require('crypto');",
      "/** Does not import 'electron' */",
      "// nor import('fs')",
    ].join('\n');
    expect(specifiers(code)).toEqual(['node:fs', '../electron/a', 'path', 'electron', 'os', 'crypto']);
  });
});

/** Production code: what the app, the host and the hub are built from. Tests beside the code are not part of it. */
const PRODUCTION_FOLDERS = ['electron', 'shared', 'renderer', 'hub'];
const isTestFile = (file: string) => /\.test\.tsx?$/.test(file) || path.relative(ROOT, file).startsWith(`test${path.sep}`);
/** Build entries (scripts/build.ts, hub CLI): nothing in production imports them, tests may. */
const ENTRY_POINTS = new Set(['electron/main/main.ts', 'electron/preload/preload.ts', 'electron/host/serve.ts', 'hub/cli.ts']);

/** Production modules that tests import but production code does not: scaffolding that belongs in test/. */
function testOnlyModules(): string[] {
  const importers = new Map<string, string[]>();
  for (const file of [...PRODUCTION_FOLDERS, 'test', 'scripts'].flatMap(sources)) {
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, spec);
      if (target) importers.set(target, [...(importers.get(target) ?? []), file]);
    }
  }
  return PRODUCTION_FOLDERS.flatMap(sources)
    .filter((file) => !isTestFile(file) && !ENTRY_POINTS.has(path.relative(ROOT, file).split(path.sep).join('/')))
    .filter((file) => {
      const by = importers.get(file) ?? [];
      return by.length > 0 && by.every(isTestFile);
    })
    .map((file) => path.relative(ROOT, file));
}

/** Test scaffolding (fakes, fixtures, test contexts) lives in test/, so production folders hold only what ships. */
describe('test scaffolding', () => {
  it('no production module imports from test/', () => {
    expect(violations(PRODUCTION_FOLDERS, (spec, file) => !isTestFile(file) && targetFolder(file, spec) === 'test')).toEqual([]);
  });

  it('no fakes, fixtures or test kits in production folders', () => {
    const scaffoldName = /^(fake|test)([A-Z_-]|ing$)|^fixtures?$|Fixtures?\.|Test(Context|Kit|Show|Packages?)\./;
    const misplaced = PRODUCTION_FOLDERS.flatMap(sources)
      .filter((file) => !isTestFile(file))
      .map((file) => path.relative(ROOT, file))
      .filter((file) => file.split(path.sep).some((part) => scaffoldName.test(part)));
    expect(misplaced).toEqual([]);
  });

  it('no production module is imported by tests alone', () => {
    expect(testOnlyModules()).toEqual([]);
  });
});
