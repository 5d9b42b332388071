import { type ChildProcess, spawn } from 'node:child_process';

export interface ServeProcess {
  url: string;
  origin: string;
  token: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs `npm run serve` exactly as a person would (build included) and waits for the URL it prints.
 * Extra args go after `--`, e.g. ['--port', '0', '--data-dir', dir].
 */
export function startServeProcess(args: string[], timeoutMs = 180_000): Promise<ServeProcess> {
  return startProcess('npm', ['run', 'serve', '--', ...args], timeoutMs);
}

/** The already-built host (`out/host/serve.js`) without rebuilding: for tests that restart it. */
export function startBuiltHost(args: string[], timeoutMs = 30_000): Promise<ServeProcess> {
  return startProcess(process.execPath, ['out/host/serve.js', ...args], timeoutMs);
}

function startProcess(command: string, commandArgs: string[], timeoutMs: number): Promise<ServeProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so stop() ends npm and node together
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    const timer = setTimeout(() => fail(new Error(`${command} printed no URL within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      kill(child);
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      const url = new URL(match[1]);
      resolve({
        url: url.href,
        origin: url.origin,
        token: url.searchParams.get('token') ?? '',
        child,
        stop: () => stop(child),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => fail(new Error(`${command} exited with ${code} before it was ready:\n${output}`)));
  });
}

function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => kill(child, 'SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    kill(child);
  });
}
