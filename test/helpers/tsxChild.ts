import { type ChildProcess, spawn } from 'node:child_process';

/** A TypeScript script run under Node + tsx in a child process, read line by line, killable at any moment. */
export interface TsxChild {
  readonly child: ChildProcess;
  /** Every line printed on stdout so far. */
  readonly lines: string[];
  /** Resolves with the first line (already printed or to come) matching `pattern`; rejects if the child exits first. */
  waitFor(pattern: RegExp): Promise<string>;
  /** Calls `listener` for each line printed from now on. */
  onLine(listener: (line: string) => void): void;
  /** Resolves when the process has exited, with its signal (SIGKILL when killed) or exit code. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const living = new Set<ChildProcess>();

/** Starts `node --import tsx script ...args`. Every child started here is SIGKILLed by `killTsxChildren` (call it in afterAll). */
export function startTsxChild(script: string, args: string[], env: NodeJS.ProcessEnv = {}): TsxChild {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  living.add(child);
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  let stderr = '';
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      lines.push(line);
      for (const listener of listeners) listener(line);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      living.delete(child);
      resolve({ code, signal });
    });
  });
  return {
    child,
    lines,
    exited,
    onLine: (listener) => listeners.add(listener),
    waitFor(pattern) {
      const seen = lines.find((l) => pattern.test(l));
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const listener = (line: string) => {
          if (!pattern.test(line)) return;
          listeners.delete(listener);
          resolve(line);
        };
        listeners.add(listener);
        void exited.then(({ code, signal }) => {
          if (listeners.delete(listener))
            reject(new Error(`${script} exited (${signal ?? code}) before printing ${pattern}:\n${stderr.slice(-4000)}`));
        });
      });
    },
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** SIGKILLs every child still running: a failed test must not leave stores or hubs behind. */
export async function killTsxChildren(): Promise<void> {
  await Promise.all(
    [...living].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}
