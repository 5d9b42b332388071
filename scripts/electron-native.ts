/**
 * Builds better-sqlite3 for the installed Electron into
 * `.native/electron-<version>-<platform>-<arch>/better_sqlite3.node`.
 *
 * Why not rebuild node_modules in place: `npm test` runs under plain Node and needs the Node-ABI
 * build that `npm install` left there. So we copy the package to a scratch folder and build the
 * Electron-ABI addon there: first `prebuild-install` (downloads a prebuilt binary), then
 * `node-gyp rebuild` against Electron's headers. Skips when an up-to-date build is present;
 * writes through a temp file + rename so an interrupted run never leaves a half-written addon.
 *
 * Usage: tsx scripts/electron-native.ts [--force] [--arch <arch>] [--electron-version <v>] [--nodedir <dir>]
 * (--nodedir: unpacked Electron headers, for building without network).
 *
 * `npm start` runs this first: it checks that the Electron binary is there before building anything, and when
 * Electron or the addon cannot be had it says so in two lines (the tools' own output goes to .native/build.log)
 * and points to `npm run serve`, which needs neither.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devNativeBindingPath, NATIVE_DIR, NATIVE_FILE, type NativeTarget } from '../electron/native/nativeBindingPath';

export const STAMP_FILE = 'build-info.json';
/** Where the build tools' own output goes (inside NATIVE_DIR); the terminal gets a summary. */
export const BUILD_LOG = 'build.log';
/** The second line of every failure: what works without Electron. */
export const SERVE_HINT = 'Without Electron, run the same app in a browser instead: npm run serve';
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
const LOG = '[electron-native]';
const USAGE = 'tsx scripts/electron-native.ts [--force] [--arch <arch>] [--electron-version <v>] [--nodedir <electron headers dir>]';

export interface Command {
  label: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface BuildStamp extends NativeTarget {
  abi: string | null;
  betterSqlite3Version: string;
  sha256: string;
  builtWith: string;
}

export interface CliOptions {
  force: boolean;
  arch: string | null;
  electronVersion: string | null;
  nodedir: string | null;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { force: false, arch: null, electronVersion: null, nodedir: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--force') options.force = true;
    else if (arg === '--arch') options.arch = value();
    else if (arg === '--electron-version') options.electronVersion = value();
    else if (arg === '--nodedir') options.nodedir = value();
    else throw new Error(`Unknown argument "${arg}". Usage: ${USAGE}`);
  }
  return options;
}

function readPackageVersion(packageJsonFile: string, what: string): string {
  if (!existsSync(packageJsonFile)) throw new Error(`${what} is not installed (${packageJsonFile} not found). Run \`npm install\` first.`);
  const parsed: unknown = JSON.parse(readFileSync(packageJsonFile, 'utf8'));
  const version = typeof parsed === 'object' && parsed !== null && 'version' in parsed ? parsed.version : undefined;
  if (typeof version !== 'string' || version === '') throw new Error(`${packageJsonFile} has no version`);
  return version;
}

/** The Electron version that `electron .` will run: the installed package, not the semver range. */
export function installedElectronVersion(repoRoot: string): string {
  return readPackageVersion(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'electron');
}

/**
 * Why the Electron binary cannot start here, or null when it is in place. The electron package downloads it at
 * install time; where that download failed (offline, blocked) only the package's scripts are there.
 */
export function electronBinaryProblem(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const dir = path.join(repoRoot, 'node_modules', 'electron');
  if (!existsSync(path.join(dir, 'package.json'))) return 'the electron package is not installed (run npm install)';
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return 'its binary was never downloaded (npm install could not fetch it)';
  const executable = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return `its binary is missing (${path.relative(repoRoot, executable)})`;
  return null;
}

/** NODE_MODULE_VERSION of the installed Electron (the electron package ships it in `abi_version`). */
export function installedElectronAbi(repoRoot: string): string | null {
  try {
    const abi = readFileSync(path.join(repoRoot, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
    return /^\d+$/.test(abi) ? abi : null;
  } catch {
    return null;
  }
}

/**
 * The ABI an addon was compiled for, from its `node_register_module_v<ABI>` export; null when it
 * has none (e.g. a Node-API addon, which is ABI-stable).
 */
export function addonAbi(bytes: Uint8Array): string | null {
  const match = /node_register_module_v(\d+)/.exec(Buffer.from(bytes).toString('latin1'));
  return match?.[1] ?? null;
}

/**
 * Environment for the build tools. An inherited npm `nodedir` (e.g. set in .npmrc to the system
 * Node headers for offline builds) would make node-gyp compile for Node's ABI while we ask for
 * Electron's: drop it, and use our own --nodedir only when given one.
 */
export function toolEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_config_nodedir$/i.test(key)) continue;
    out[key] = value;
  }
  return out;
}

export function betterSqlite3Dir(repoRoot: string): string {
  return path.join(repoRoot, 'node_modules', 'better-sqlite3');
}

/** Downloads the prebuilt Electron binary published by better-sqlite3 (fast, needs network). */
export function prebuildInstallCommand(
  target: NativeTarget,
  workDir: string,
  prebuildInstallBin: string,
  nodeExe = process.execPath,
  env: NodeJS.ProcessEnv = toolEnv(process.env),
): Command {
  return {
    label: 'prebuild-install',
    command: nodeExe,
    args: [
      prebuildInstallBin,
      '--runtime',
      'electron',
      '--target',
      target.electronVersion,
      '--arch',
      target.arch,
      '--platform',
      target.platform,
      '--verbose',
    ],
    cwd: workDir,
    env,
  };
}

/** Compiles against Electron's headers (needs python3 and a C++ toolchain, plus network for the headers). */
export function nodeGypCommand(
  target: NativeTarget,
  workDir: string,
  nodeGypBin: string,
  options: { nodeExe?: string; nodedir?: string | null; env?: NodeJS.ProcessEnv } = {},
): Command {
  return {
    label: 'node-gyp',
    command: options.nodeExe ?? process.execPath,
    args: [
      nodeGypBin,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${target.electronVersion}`,
      `--arch=${target.arch}`,
      `--dist-url=${ELECTRON_HEADERS_URL}`,
      ...(options.nodedir ? [`--nodedir=${options.nodedir}`] : []),
    ],
    cwd: workDir,
    env: options.env ?? toolEnv(process.env),
  };
}

/** Where both tools leave the addon inside the scratch copy. */
export function builtAddonPath(workDir: string): string {
  return path.join(workDir, 'build', 'Release', NATIVE_FILE);
}

/** True when the bytes start like a shared library for the platform (ELF, Mach-O or PE). */
export function looksLikeNativeAddon(bytes: Uint8Array, platform: string): boolean {
  const hex = Buffer.from(bytes.subarray(0, 4)).toString('hex');
  const elf = hex === '7f454c46';
  const macho = ['cffaedfe', 'cefaedfe', 'cafebabe', 'feedfacf', 'feedface'].includes(hex);
  const pe = hex.startsWith('4d5a');
  if (platform === 'linux' || platform === 'freebsd' || platform === 'openbsd') return elf;
  if (platform === 'darwin') return macho;
  if (platform === 'win32') return pe;
  return elf || macho || pe;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readStamp(file: string): Partial<BuildStamp> | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<BuildStamp>) : null;
  } catch {
    return null;
  }
}

/**
 * Idempotence check: the addon exists, is a native library for the platform, and its stamp
 * matches the target, the better-sqlite3 version and the file's own hash. Returns why not, or null.
 */
export function staleReason(
  addonFile: string,
  target: NativeTarget,
  betterSqlite3Version: string,
  expectedAbi: string | null = null,
): string | null {
  if (!existsSync(addonFile)) return 'not built yet';
  if (!statSync(addonFile).isFile()) return `${addonFile} is not a file`;
  const bytes = readFileSync(addonFile);
  if (!looksLikeNativeAddon(bytes, target.platform)) return 'existing file is not a native library';
  const abiProblem = abiMismatch(bytes, expectedAbi);
  if (abiProblem) return `existing file ${abiProblem}`;
  const stamp = readStamp(path.join(path.dirname(addonFile), STAMP_FILE));
  if (!stamp) return `no ${STAMP_FILE}`;
  if (stamp.electronVersion !== target.electronVersion || stamp.platform !== target.platform || stamp.arch !== target.arch) {
    return 'built for another target';
  }
  if (stamp.betterSqlite3Version !== betterSqlite3Version) return `built from better-sqlite3 ${stamp.betterSqlite3Version ?? '?'}`;
  if (stamp.sha256 !== sha256(bytes)) return 'file changed since it was built';
  return null;
}

/** Says why an addon's ABI is wrong, or null when it matches (or cannot be told). */
export function abiMismatch(bytes: Uint8Array, expectedAbi: string | null): string | null {
  const abi = addonAbi(bytes);
  if (expectedAbi === null || abi === null || abi === expectedAbi) return null;
  return `is built for ABI ${abi}, not Electron's ABI ${expectedAbi}`;
}

/** Writes through a temp file in the same folder, then renames: readers see the old file or the new one. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Copies the package sources without its Node-ABI build and without nested node_modules. */
export function copyPackageForBuild(packageDir: string, workDir: string): void {
  cpSync(packageDir, workDir, {
    recursive: true,
    filter: (source) => {
      const rel = path.relative(packageDir, source);
      const first = rel.split(path.sep)[0];
      return first !== 'build' && first !== 'node_modules';
    },
  });
}

const WORK_DIR_PATTERN = /^\.work-(\d+)-[0-9a-f]+$/;

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Scratch folders of runs that were killed before their cleanup ran (a live run's folder is left alone). */
export function removeAbandonedWorkDirs(nativeDir: string, isAlive: (pid: number) => boolean = processIsAlive): string[] {
  if (!existsSync(nativeDir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(nativeDir)) {
    const pid = WORK_DIR_PATTERN.exec(name)?.[1];
    if (pid === undefined || isAlive(Number(pid))) continue;
    rmSync(path.join(nativeDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

export type Runner = (command: Command) => Promise<void>;

export const spawnRunner: Runner = (command) =>
  new Promise((resolve, reject) => {
    const child = spawn(command.command, command.args, { cwd: command.cwd, stdio: 'inherit', env: command.env });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command.label} ${signal ? `was killed by ${signal}` : `exited with code ${code}`}`));
    });
  });

/** Runs a tool with its output appended to `logFile` instead of the terminal (a failed build prints pages of it). */
export function loggedRunner(logFile: string): Runner {
  return (command) =>
    new Promise((resolve, reject) => {
      mkdirSync(path.dirname(logFile), { recursive: true });
      appendFileSync(logFile, `\n$ ${command.label}: ${command.command} ${command.args.join(' ')}\n`);
      const fd = openSync(logFile, 'a');
      const child = spawn(command.command, command.args, { cwd: command.cwd, stdio: ['ignore', fd, fd], env: command.env });
      closeSync(fd);
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        if (code === 0) resolve();
        else reject(new Error(`${command.label} ${signal ? `was killed by ${signal}` : `exited with code ${code}`}`));
      });
    });
}

export interface EnsureOptions {
  repoRoot: string;
  target: NativeTarget;
  /** NODE_MODULE_VERSION the addon must carry; null skips the check. */
  expectedAbi: string | null;
  force?: boolean;
  nodedir?: string | null;
  /** Tool locations; resolved from node_modules when omitted. */
  prebuildInstallBin?: string;
  nodeGypBin?: string;
  run?: Runner;
  /** Where the tools' output went, for the failure message. */
  logFile?: string;
  log?: (message: string) => void;
}

export type EnsureResult = { status: 'up-to-date' | 'built'; file: string; builtWith?: string };

function resolveTool(repoRoot: string, fromDir: string, specifier: string): string | null {
  for (const base of [fromDir, repoRoot]) {
    try {
      return createRequire(path.join(base, 'package.json')).resolve(specifier);
    } catch {
      // try the next base
    }
  }
  return null;
}

export async function ensureElectronNative(options: EnsureOptions): Promise<EnsureResult> {
  const { repoRoot, target } = options;
  const log = options.log ?? ((message: string) => console.log(`${LOG} ${message}`));
  const run = options.run ?? spawnRunner;
  const packageDir = betterSqlite3Dir(repoRoot);
  const betterSqlite3Version = readPackageVersion(path.join(packageDir, 'package.json'), 'better-sqlite3');
  const addonFile = devNativeBindingPath(repoRoot, target);

  const { expectedAbi } = options;
  const reason = options.force ? 'forced' : staleReason(addonFile, target, betterSqlite3Version, expectedAbi);
  if (reason === null) {
    log(`up to date: ${path.relative(repoRoot, addonFile)}`);
    return { status: 'up-to-date', file: addonFile };
  }
  log(
    `building better-sqlite3 ${betterSqlite3Version} for Electron ${target.electronVersion} (${target.platform}-${target.arch}): ${reason}`,
  );

  removeAbandonedWorkDirs(path.join(repoRoot, NATIVE_DIR));
  const commands: Command[] = [];
  const workDir = path.join(repoRoot, NATIVE_DIR, `.work-${process.pid}-${randomBytes(4).toString('hex')}`);
  const prebuildInstallBin = options.prebuildInstallBin ?? resolveTool(repoRoot, packageDir, 'prebuild-install/bin.js');
  const nodeGypBin =
    options.nodeGypBin ?? resolveTool(repoRoot, packageDir, 'node-gyp/bin/node-gyp.js') ?? process.env.npm_config_node_gyp ?? null;
  if (prebuildInstallBin) commands.push(prebuildInstallCommand(target, workDir, prebuildInstallBin));
  if (nodeGypBin) commands.push(nodeGypCommand(target, workDir, nodeGypBin, { nodedir: options.nodedir ?? null }));
  if (commands.length === 0) throw new Error('Neither prebuild-install nor node-gyp is installed. Run `npm install` first.');

  const failures: string[] = [];
  try {
    for (const command of commands) {
      // A fresh copy per attempt: a failed download or compile must not leave debris for the next tool.
      rmSync(workDir, { recursive: true, force: true });
      copyPackageForBuild(packageDir, workDir);
      try {
        await run(command);
      } catch (error) {
        failures.push(`${command.label}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      const built = builtAddonPath(workDir);
      if (!existsSync(built) || !looksLikeNativeAddon(readFileSync(built), target.platform)) {
        failures.push(`${command.label}: finished but produced no usable ${NATIVE_FILE}`);
        continue;
      }
      const bytes = readFileSync(built);
      const abiProblem = abiMismatch(bytes, expectedAbi);
      if (abiProblem) {
        failures.push(`${command.label}: produced an addon that ${abiProblem}`);
        continue;
      }
      writeFileAtomic(addonFile, bytes);
      const stamp: BuildStamp = { ...target, abi: addonAbi(bytes), betterSqlite3Version, sha256: sha256(bytes), builtWith: command.label };
      writeFileAtomic(path.join(path.dirname(addonFile), STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
      log(`built with ${command.label}: ${path.relative(repoRoot, addonFile)}`);
      return { status: 'built', file: addonFile, builtWith: command.label };
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  throw new Error(
    `Could not build better-sqlite3 for Electron ${target.electronVersion} (${target.platform}-${target.arch}) ` +
      `(${failures.join('; ')}): prebuild-install needs GitHub releases, node-gyp needs Electron headers ` +
      `(${ELECTRON_HEADERS_URL}), python3 and a C++ toolchain${options.logFile ? `; their output is in ${options.logFile}` : ''}.`,
  );
}

async function main(): Promise<void> {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const cli = parseArgs(process.argv.slice(2));
  // Electron first: without it there is nothing to build the addon for, and nothing to start.
  const problem = electronBinaryProblem(repoRoot);
  if (problem !== null) throw new Error(`Electron cannot start here: ${problem}.`);
  const installedVersion = installedElectronVersion(repoRoot);
  const target: NativeTarget = {
    electronVersion: cli.electronVersion ?? installedVersion,
    platform: process.platform,
    arch: cli.arch ?? process.arch,
  };
  // abi_version describes the installed Electron only; for another version we cannot tell.
  const expectedAbi = target.electronVersion === installedVersion ? installedElectronAbi(repoRoot) : null;
  const logFile = path.join(NATIVE_DIR, BUILD_LOG);
  // This run's output only.
  rmSync(path.join(repoRoot, logFile), { force: true });
  await ensureElectronNative({
    repoRoot,
    target,
    expectedAbi,
    force: cli.force,
    nodedir: cli.nodedir,
    run: loggedRunner(path.join(repoRoot, logFile)),
    logFile,
  });
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().catch((error: unknown) => {
    // Two lines: what is wrong, and what works anyway.
    console.error(`${LOG} ${error instanceof Error ? error.message : String(error)}`);
    console.error(`${LOG} ${SERVE_HINT}`);
    process.exitCode = 1;
  });
}
