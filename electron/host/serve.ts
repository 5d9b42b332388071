import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json';
import { CliArgsError, parseHostArgs, USAGE } from './cliArgs';
import { defaultDataDir } from './defaultDataDir';
import { watchParent } from './parentWatch';
import { findRendererDir } from './rendererDir';
import { startHost } from './startHost';

/** `npm run serve`: LiveCue in a browser, for machines where Electron cannot start. */
async function main(): Promise<number> {
  let args: ReturnType<typeof parseHostArgs>;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof CliArgsError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  const rendererDir = findRendererDir(path.dirname(fileURLToPath(import.meta.url)));
  if (!rendererDir && !args.dev) {
    console.error('The renderer is not built (no out/renderer/index.html). Run `npm run build` first, or use `npm run serve`.');
    return 1;
  }
  const dataDir = args.dataDir ? path.resolve(args.dataDir) : defaultDataDir();
  const host = await startHost({
    port: args.port,
    host: args.host,
    dataDir,
    appVersion: pkg.version,
    rendererDir: rendererDir ?? '',
    dev: args.dev,
    lan: args.lan,
  });
  console.log(`LiveCue ${pkg.version} is running${args.dev ? ' (dev, hot reload)' : ''}.`);
  console.log(`  Open: ${host.url}`);
  console.log(`  Data: ${dataDir}`);
  if (args.lan) {
    console.log(
      host.lanOrigin === null
        ? `  Listening on ${args.host}:${host.port}, but this PC has no LAN address: phones cannot pair until it joins a network.`
        : `  Phones and tablets on this network pair in Settings → 遥控 (remote) and connect to ${host.lanOrigin}.`,
    );
  }
  console.log('Press Ctrl+C to stop.');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // npm stopped (SIGTERM to `npm run serve` ends npm's shell, not this process): stop too.
    watchParent(stop);
  });
  await host.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`LiveCue could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
