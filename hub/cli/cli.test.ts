import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createHub } from '../createHub';
import { CliError, parseCli } from './parseCli';
import { runCli } from './runCli';

describe('parseCli', () => {
  it('serves by default on 127.0.0.1:8787 with PGlite in ./hub-data', () => {
    expect(parseCli([], {})).toEqual({
      command: 'serve',
      port: 8787,
      host: '127.0.0.1',
      trustProxy: null,
      consoleDir: null,
      database: { kind: 'pglite', dataDir: './hub-data' },
    });
    expect(parseCli(['--trust-proxy', '127.0.0.1'], {})).toMatchObject({ command: 'serve', trustProxy: '127.0.0.1' });
  });

  it('takes PostgreSQL from DATABASE_URL, and refuses it together with --data', () => {
    expect(parseCli(['migrate'], { DATABASE_URL: 'postgres://h/db' })).toEqual({
      command: 'migrate',
      database: { kind: 'postgres', url: 'postgres://h/db' },
    });
    expect(() => parseCli(['migrate', '--data', 'x'], { DATABASE_URL: 'postgres://h/db' })).toThrow(/not both/);
  });

  it('reads an account with regions split on commas, the password from the environment', () => {
    expect(
      parseCli(['account', 'create', '--username', 'li', '--role', 'producer', '--regions', '华东,华南'], {
        LIVECUE_HUB_PASSWORD: 'pw123456',
      }),
    ).toMatchObject({
      command: 'account create',
      username: 'li',
      role: 'producer',
      regions: ['华东', '华南'],
      password: 'pw123456',
    });
  });

  it('names what is wrong in one line', () => {
    expect(() => parseCli(['store', 'create', '--code', 'S1'], {})).toThrow(new CliError('"store create" needs --name.'));
    expect(() => parseCli(['device', 'list', '--store', 'S1', '--role', 'x'], {})).toThrow('"device list" does not take --role.');
    expect(() => parseCli(['frobnicate'], {})).toThrow(/Unknown command "frobnicate"/);
    expect(() => parseCli(['--port', 'eighty'], {})).toThrow('--port must be a port number (0–65535), not "eighty".');
    expect(() => parseCli(['--nope'], {})).toThrow(CliError);
  });
});

describe('operator commands end to end (PGlite data folder)', () => {
  it('creates a store, issues a code with a QR PNG, and the device list then shows the enrolled device', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hub-cli-'));
    const data = ['--data', path.join(dir, 'data')];
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), promptPassword: async () => null };
    await runCli(parseCli(['store', 'create', '--code', 'S001', '--name', '南京西路店', '--region', '华东', ...data], {}), io);
    const png = path.join(dir, 'code.png');
    await runCli(parseCli(['enroll-code', '--store', 'S001', '--qr-png', png, ...data], {}), io);
    const display = /: ([2-9A-Z]{5}-[2-9A-Z]{5}) /.exec(lines.join('\n'))?.[1];
    expect(display).toBeDefined();
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    await expect(runCli(parseCli(['account', 'create', '--username', 'li', '--role', 'producer', ...data], {}), io)).rejects.toThrow(
      /No password/,
    );

    const hub = await createHub({ database: { kind: 'pglite', dataDir: path.join(dir, 'data') } });
    try {
      const res = await hub.app.inject({
        method: 'POST',
        url: '/v1/enroll',
        payload: { code: display, deviceName: '前台电脑', appVersion: '0.1.0', localDeviceId: 'x' },
      });
      expect(res.statusCode).toBe(200);
    } finally {
      await hub.close();
    }
    lines.length = 0;
    await runCli(parseCli(['device', 'list', '--store', 'S001', ...data], {}), io);
    expect(lines).toEqual([expect.stringMatching(/ {2}前台电脑 {2}v0\.1\.0 {2}never seen$/)]);
  }, 120_000);

  it('exits 1 with a one-line error from the real entry point', async () => {
    const run = promisify(execFile);
    const failed = await run('npx', ['tsx', 'hub/cli.ts', 'store', 'create', '--code', 'S1']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1, stderr: 'hub: "store create" needs --name.\n' });
  }, 60_000);
});
