export interface HostArgs {
  port: number;
  host: string;
  dataDir: string | null;
  dev: boolean;
  /** Phones and tablets on the network may pair (the URLs name the PC's LAN address). */
  lan: boolean;
}

export const DEFAULT_PORT = 5317;

const USAGE = `Usage: npm run serve -- [--port N] [--lan] [--data-dir DIR]
  --port N        HTTP port (default ${DEFAULT_PORT}; 0 picks a free one)
  --lan           listen on every interface instead of 127.0.0.1: phones and tablets on the same network can pair
                  (Settings → 遥控) and the printed URL uses this PC's LAN address
  --data-dir DIR  where the database lives (default: the desktop app's data folder, or $LIVECUE_DATA_DIR)`;

export class CliArgsError extends Error {
  constructor(message: string) {
    super(`${message}\n${USAGE}`);
    this.name = 'CliArgsError';
  }
}

/** Parses the headless host's command line. Unknown or malformed flags are errors, not ignored. */
export function parseHostArgs(argv: readonly string[]): HostArgs | 'help' {
  const args: HostArgs = { port: DEFAULT_PORT, host: '127.0.0.1', dataDir: null, dev: false, lan: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CliArgsError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const raw = value();
        const port = Number(raw);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new CliArgsError(`--port must be a whole number from 0 to 65535, got "${raw}"`);
        args.port = port;
        break;
      }
      case '--lan':
        args.host = '0.0.0.0';
        args.lan = true;
        break;
      case '--data-dir':
        args.dataDir = value();
        break;
      case '--dev':
        args.dev = true;
        break;
      case '--help':
      case '-h':
        return 'help';
      default:
        throw new CliArgsError(`Unknown option "${flag}"`);
    }
  }
  return args;
}

export { USAGE };
