import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  abiMismatch,
  addonAbi,
  type Command,
  electronBinaryProblem,
  ensureElectronNative,
  installedElectronAbi,
  installedElectronVersion,
  loggedRunner,
  looksLikeNativeAddon,
  nodeGypCommand,
  parseArgs,
  prebuildInstallCommand,
  removeAbandonedWorkDirs,
  STAMP_FILE,
  staleReason,
  toolEnv,
  writeFileAtomic,
} from './electron-native';

const target = { electronVersion: '45.4.1', platform: 'linux', arch: 'x64' };
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
const NODE_BUILD = Buffer.concat([ELF, Buffer.from('node-abi build')]);

let root: string;
const noLog = () => {};

function makeRepo(betterSqliteVersion = '12.11.1'): void {
  const pkg = path.join(root, 'node_modules', 'better-sqlite3');
  mkdirSync(path.join(pkg, 'lib'), { recursive: true });
  mkdirSync(path.join(pkg, 'build', 'Release'), { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: betterSqliteVersion }));
  writeFileSync(path.join(pkg, 'lib', 'index.js'), 'module.exports = {};');
  writeFileSync(path.join(pkg, 'binding.gyp'), '{}');
  writeFileSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), NODE_BUILD);
  mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
}

/** A runner that pretends to be a tool: records the call and writes an addon (or fails). */
function fakeRunner(behaviour: Record<string, 'build' | 'fail' | 'nothing'>) {
  const calls: Command[] = [];
  const sawNodeBuild: boolean[] = [];
  const run = async (command: Command) => {
    calls.push(command);
    sawNodeBuild.push(existsSync(path.join(command.cwd, 'build')));
    const what = behaviour[command.label];
    if (what === 'fail') throw new Error(`${command.label} exited with code 1`);
    if (what === 'build') {
      mkdirSync(path.join(command.cwd, 'build', 'Release'), { recursive: true });
      writeFileSync(path.join(command.cwd, 'build', 'Release', 'better_sqlite3.node'), Buffer.concat([ELF, Buffer.from(command.label)]));
    }
  };
  return { run, calls, sawNodeBuild };
}

const addonPath = () => path.join(root, '.native', 'electron-45.4.1-linux-x64', 'better_sqlite3.node');
const ensure = (run: (c: Command) => Promise<void>, force = false, expectedAbi: string | null = null) =>
  ensureElectronNative({
    repoRoot: root,
    target,
    expectedAbi,
    force,
    run,
    log: noLog,
    prebuildInstallBin: '/tools/prebuild-install/bin.js',
    nodeGypBin: '/tools/node-gyp.js',
  });

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'livecue-native-'));
  makeRepo();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('command lines', () => {
  it('asks prebuild-install for the Electron runtime, version and arch', () => {
    const command = prebuildInstallCommand(target, '/work', '/pi/bin.js', '/usr/bin/node', { PATH: '/bin' });
    expect(command).toEqual({
      label: 'prebuild-install',
      command: '/usr/bin/node',
      args: ['/pi/bin.js', '--runtime', 'electron', '--target', '45.4.1', '--arch', 'x64', '--platform', 'linux', '--verbose'],
      cwd: '/work',
      env: { PATH: '/bin' },
    });
  });

  it('builds with node-gyp against Electron headers', () => {
    const command = nodeGypCommand({ ...target, arch: 'arm64' }, '/work', '/gyp.js', { nodeExe: '/usr/bin/node' });
    expect(command.command).toBe('/usr/bin/node');
    expect(command.cwd).toBe('/work');
    expect(command.args).toEqual([
      '/gyp.js',
      'rebuild',
      '--release',
      '--runtime=electron',
      '--target=45.4.1',
      '--arch=arm64',
      '--dist-url=https://electronjs.org/headers',
    ]);
    expect(nodeGypCommand(target, '/work', '/gyp.js', { nodedir: '/headers/electron-45' }).args.at(-1)).toBe(
      '--nodedir=/headers/electron-45',
    );
  });

  it('does not let an inherited npm nodedir (Node headers) reach the build tools', () => {
    const env = toolEnv({ PATH: '/bin', npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', npm_config_cache: '/c' });
    expect(env).toEqual({ PATH: '/bin', npm_config_cache: '/c' });
    expect(nodeGypCommand(target, '/w', '/g.js').env.npm_config_nodedir).toBeUndefined();
  });
});

describe('addon ABI', () => {
  it('reads the ABI from the module registration symbol', () => {
    expect(addonAbi(Buffer.concat([ELF, Buffer.from('\0node_register_module_v150\0')]))).toBe('150');
    expect(addonAbi(ELF)).toBeNull();
    expect(abiMismatch(Buffer.from('node_register_module_v115'), '150')).toMatch(/ABI 115, not Electron's ABI 150/);
    expect(abiMismatch(Buffer.from('node_register_module_v150'), '150')).toBeNull();
    expect(abiMismatch(Buffer.from('node_register_module_v115'), null)).toBeNull();
  });

  it('reads the installed Electron ABI', () => {
    expect(installedElectronAbi(root)).toBeNull();
    writeFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), '150\n');
    expect(installedElectronAbi(root)).toBe('150');
  });
});

describe('parseArgs', () => {
  it('reads flags', () => {
    expect(parseArgs([])).toEqual({ force: false, arch: null, electronVersion: null, nodedir: null });
    expect(parseArgs(['--force', '--arch', 'arm64', '--electron-version', '46.0.0', '--nodedir', '/h'])).toEqual({
      force: true,
      arch: 'arm64',
      electronVersion: '46.0.0',
      nodedir: '/h',
    });
  });

  it('rejects unknown flags and missing values', () => {
    expect(() => parseArgs(['--rebuild'])).toThrow(/Unknown argument/);
    expect(() => parseArgs(['--arch'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--arch', '--force'])).toThrow(/needs a value/);
  });
});

describe('looksLikeNativeAddon', () => {
  it('recognises the library format of each platform', () => {
    expect(looksLikeNativeAddon(ELF, 'linux')).toBe(true);
    expect(looksLikeNativeAddon(Buffer.from('cffaedfe00', 'hex'), 'darwin')).toBe(true);
    expect(looksLikeNativeAddon(Buffer.from('MZ\x90\x00'), 'win32')).toBe(true);
    expect(looksLikeNativeAddon(ELF, 'win32')).toBe(false);
    expect(looksLikeNativeAddon(Buffer.from('<!DOCTYPE html>'), 'linux')).toBe(false);
    expect(looksLikeNativeAddon(Buffer.alloc(0), 'linux')).toBe(false);
  });
});

describe('installedElectronVersion', () => {
  it('reads the installed version, not the range', () => {
    expect(installedElectronVersion(root)).toBe('45.4.1');
  });

  it('explains when electron is not installed', () => {
    rmSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
    expect(() => installedElectronVersion(root)).toThrow(/electron is not installed.*npm install/s);
  });
});

describe('electronBinaryProblem', () => {
  const electronDir = () => path.join(root, 'node_modules', 'electron');
  it('says the binary was never downloaded when the package has no path.txt (an offline npm install)', () => {
    expect(electronBinaryProblem(root, {})).toMatch(/never downloaded/);
  });

  it('names a missing binary, and is satisfied once it is there', () => {
    writeFileSync(path.join(electronDir(), 'path.txt'), 'electron');
    expect(electronBinaryProblem(root, {})).toBe(`its binary is missing (${path.join('node_modules', 'electron', 'dist', 'electron')})`);
    mkdirSync(path.join(electronDir(), 'dist'));
    writeFileSync(path.join(electronDir(), 'dist', 'electron'), '');
    expect(electronBinaryProblem(root, {})).toBeNull();
  });

  it('trusts ELECTRON_OVERRIDE_DIST_PATH, and says when the package is not installed at all', () => {
    expect(electronBinaryProblem(root, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' })).toBeNull();
    rmSync(electronDir(), { recursive: true });
    expect(electronBinaryProblem(root, {})).toMatch(/not installed.*npm install/);
  });
});

describe('loggedRunner', () => {
  it('sends a tool’s output to the log file, not the terminal, and reports its exit code', async () => {
    const log = path.join(root, '.native', 'build.log');
    const run = loggedRunner(log);
    const tool = (label: string, code: number) => ({
      label,
      command: process.execPath,
      args: ['-e', `console.log('out of ${label}'); console.error('err of ${label}'); process.exit(${code})`],
      cwd: root,
      env: process.env,
    });
    await run(tool('good', 0));
    await expect(run(tool('bad', 3))).rejects.toThrow('bad exited with code 3');
    const text = readFileSync(log, 'utf8');
    for (const line of ['out of good', 'err of good', 'out of bad', 'err of bad']) expect(text).toContain(line);
  });
});

describe('ensureElectronNative', () => {
  it('builds with prebuild-install in a copy, leaving node_modules alone', async () => {
    const runner = fakeRunner({ 'prebuild-install': 'build' });
    const result = await ensure(runner.run);
    expect(result).toEqual({ status: 'built', file: addonPath(), builtWith: 'prebuild-install' });
    expect(runner.calls.map((c) => c.label)).toEqual(['prebuild-install']);
    // The scratch copy lives under .native, not in node_modules, and has no Node-ABI build in it.
    expect(runner.calls[0]?.cwd.startsWith(path.join(root, '.native'))).toBe(true);
    expect(runner.sawNodeBuild).toEqual([false]);
    expect(readFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toEqual(NODE_BUILD);
    expect(readFileSync(addonPath()).toString()).toContain('prebuild-install');
    const stamp = JSON.parse(readFileSync(path.join(path.dirname(addonPath()), STAMP_FILE), 'utf8'));
    expect(stamp).toMatchObject({ electronVersion: '45.4.1', platform: 'linux', arch: 'x64', betterSqlite3Version: '12.11.1' });
    // Scratch folder removed, no temp files left.
    expect(readdirSync(path.join(root, '.native'))).toEqual(['electron-45.4.1-linux-x64']);
    expect(readdirSync(path.dirname(addonPath())).sort()).toEqual(['better_sqlite3.node', STAMP_FILE]);
  });

  it('is idempotent: a second run builds nothing', async () => {
    await ensure(fakeRunner({ 'prebuild-install': 'build' }).run);
    const second = fakeRunner({ 'prebuild-install': 'build' });
    expect(await ensure(second.run)).toEqual({ status: 'up-to-date', file: addonPath() });
    expect(second.calls).toEqual([]);
  });

  it('falls back to node-gyp when prebuild-install fails', async () => {
    const runner = fakeRunner({ 'prebuild-install': 'fail', 'node-gyp': 'build' });
    const result = await ensure(runner.run);
    expect(result.builtWith).toBe('node-gyp');
    expect(runner.calls.map((c) => c.label)).toEqual(['prebuild-install', 'node-gyp']);
    expect(runner.sawNodeBuild).toEqual([false, false]);
    expect(readFileSync(addonPath()).toString()).toContain('node-gyp');
  });

  it('falls back when a tool exits 0 without producing the addon', async () => {
    const runner = fakeRunner({ 'prebuild-install': 'nothing', 'node-gyp': 'build' });
    expect((await ensure(runner.run)).builtWith).toBe('node-gyp');
  });

  it('reports every failure clearly and keeps the previous addon when all tools fail', async () => {
    await ensure(fakeRunner({ 'prebuild-install': 'build' }).run);
    const before = readFileSync(addonPath());
    const runner = fakeRunner({ 'prebuild-install': 'fail', 'node-gyp': 'fail' });
    const failed = await ensure(runner.run, true).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    // One line (the terminal gets it and where to run instead; the tools' pages of output stay in the log).
    expect(failed).toMatch(
      /^Could not build better-sqlite3 for Electron 45\.4\.1 \(linux-x64\) \(prebuild-install: prebuild-install exited with code 1; node-gyp: node-gyp exited with code 1\): .*C\+\+ toolchain\.$/,
    );
    expect(failed).not.toContain('\n');
    expect(readFileSync(addonPath())).toEqual(before);
    expect(readdirSync(path.join(root, '.native'))).toEqual(['electron-45.4.1-linux-x64']);
  });

  it('rebuilds when better-sqlite3 was upgraded, the file was altered, or --force', async () => {
    await ensure(fakeRunner({ 'prebuild-install': 'build' }).run);
    expect(staleReason(addonPath(), target, '12.11.1')).toBeNull();
    expect(staleReason(addonPath(), target, '12.12.0')).toMatch(/12\.11\.1/);
    expect(staleReason(addonPath(), { ...target, electronVersion: '46.0.0' }, '12.11.1')).toMatch(/another target/);

    writeFileSync(addonPath(), Buffer.concat([ELF, Buffer.from('tampered')]));
    expect(staleReason(addonPath(), target, '12.11.1')).toMatch(/changed/);
    writeFileSync(addonPath(), 'not a library');
    expect(staleReason(addonPath(), target, '12.11.1')).toMatch(/not a native library/);

    const forced = fakeRunner({ 'prebuild-install': 'build' });
    await ensure(forced.run);
    await ensure(forced.run, true);
    expect(forced.calls).toHaveLength(2);
  });

  it('rejects a build that carries the wrong ABI (e.g. compiled against Node headers)', async () => {
    const nodeAbi = async (command: Command) => {
      mkdirSync(path.join(command.cwd, 'build', 'Release'), { recursive: true });
      writeFileSync(
        path.join(command.cwd, 'build', 'Release', 'better_sqlite3.node'),
        Buffer.concat([ELF, Buffer.from('node_register_module_v115')]),
      );
    };
    await expect(ensure(nodeAbi, false, '150')).rejects.toThrow(
      /node-gyp: produced an addon that is built for ABI 115, not Electron's ABI 150/,
    );
    expect(existsSync(addonPath())).toBe(false);
  });

  it('removes scratch folders of dead runs only', () => {
    const nativeDir = path.join(root, '.native');
    for (const name of ['.work-111-ab12', '.work-222-cd34', 'electron-45.4.1-linux-x64'])
      mkdirSync(path.join(nativeDir, name), { recursive: true });
    expect(removeAbandonedWorkDirs(nativeDir, (pid) => pid === 222)).toEqual(['.work-111-ab12']);
    expect(readdirSync(nativeDir).sort()).toEqual(['.work-222-cd34', 'electron-45.4.1-linux-x64']);
  });

  it('says what is missing when no stamp exists', () => {
    expect(staleReason(addonPath(), target, '12.11.1')).toBe('not built yet');
    mkdirSync(path.dirname(addonPath()), { recursive: true });
    writeFileSync(addonPath(), ELF);
    expect(staleReason(addonPath(), target, '12.11.1')).toBe(`no ${STAMP_FILE}`);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', () => {
    const file = path.join(root, 'a', 'b.txt');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(path.dirname(file))).toEqual(['b.txt']);
  });
});
