import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every TypeScript source under a folder (tests included: they run in the same runtime). */
function sources(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) out.push(full);
    }
  };
  walk(path.join(ROOT, folder));
  return out;
}

/** Module specifiers a file imports, re-exports, requires or imports dynamically. */
function specifiers(source: string): string[] {
  // Comments may quote an import ("does not import 'electron'"): they are not code.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[1] as string);
  return found;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isNode = (spec: string) => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0] as string);

/** The repository folder an import resolves into, for relative imports. */
function targetFolder(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return path.relative(ROOT, path.resolve(path.dirname(file), spec)).split(path.sep)[0] ?? null;
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
