import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build, type InlineConfig } from 'vite';
import { pageConfig } from '../vite.overlay.config';

/**
 * One command builds all three targets with Vite (plain Vite rather than electron-vite: the main
 * bundle must also run under plain Node as the headless host, and one tool for all keeps it simple).
 *   renderer → out/renderer   (browser, from vite.config.ts), and the pages of their own → out/renderer/<page>:
 *              overlay, remote (phone), presenter (pageConfig in vite.overlay.config.ts; built after it, because
 *              the renderer build empties out/renderer)
 *   console  → out/renderer/console   (the hub's web console on its own: `npm run build -- console` before `npm run hub`)
 *   main     → out/main/main.js, out/host/serve.js   (ESM for Node/Electron main)
 *   preload  → out/preload/preload.cjs   (CommonJS: a sandboxed preload cannot load ESM)
 */
// Always a production build, even when started from a test runner that sets NODE_ENV=test.
process.env.NODE_ENV = 'production';

// Runtime dependencies stay in node_modules (electron-builder ships them); only our code is bundled.
const dependencies = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {},
);
const nodeExternals = ['electron', 'vite', ...dependencies, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
/** Deep imports such as `zod/v4` too. */
const bundlerExternals = [...nodeExternals, ...dependencies.map((d) => new RegExp(`^${d}/`))];

function nodeTarget(entries: Record<string, string>, format: 'es' | 'cjs', outDir: string): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      ssr: true,
      target: 'node20',
      outDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: true,
      rollupOptions: {
        input: entries,
        external: bundlerExternals,
        output: { format, entryFileNames: format === 'cjs' ? '[name].cjs' : '[name].js' },
      },
    },
    ssr: { noExternal: true, external: nodeExternals },
  };
}

const targets = (process.argv[2] ?? 'all').split(',');
const want = (name: string) => targets.includes('all') || targets.includes(name);

if (want('renderer')) {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  for (const page of ['overlay', 'remote', 'presenter', 'console'] as const) {
    await build({ ...pageConfig(page), configFile: false, logLevel: 'warn', mode: 'production' });
  }
} else if (want('console')) {
  await build({ ...pageConfig('console'), configFile: false, logLevel: 'warn', mode: 'production' });
}
if (want('host')) await build(nodeTarget({ serve: 'electron/host/serve.ts' }, 'es', 'out/host'));
if (want('main')) await build(nodeTarget({ main: 'electron/main/main.ts' }, 'es', 'out/main'));
if (want('preload')) await build(nodeTarget({ preload: 'electron/preload/preload.ts' }, 'cjs', 'out/preload'));
console.log(`built: ${targets.join(', ')}`);
