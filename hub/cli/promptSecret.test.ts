import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CliError } from './parseCli';
import { promptSecret } from './promptSecret';

function fakeTerminal(isTTY: boolean) {
  const input = Object.assign(new PassThrough(), { isTTY, rawModes: [] as boolean[] });
  const terminal = Object.assign(input, {
    setRawMode(raw: boolean) {
      input.rawModes.push(raw);
      return input;
    },
  });
  let written = '';
  const output = { write: (text: string) => (written += text) };
  return { input: terminal, output, written: () => written };
}

describe('promptSecret', () => {
  it('reads a line in raw mode, echoing nothing of it, with backspace, then restores the terminal', async () => {
    const t = fakeTerminal(true);
    const answer = promptSecret('Password for li: ', t.input, t.output);
    t.input.write('pa');
    t.input.write('sx\u007fs');
    t.input.write('word1\r');
    expect(await answer).toBe('password1');
    expect(t.written()).toBe('Password for li: \n');
    expect(t.input.rawModes).toEqual([true, false]);
  });

  it('cancels on Ctrl-C, restoring the terminal', async () => {
    const t = fakeTerminal(true);
    const answer = promptSecret('Password: ', t.input, t.output);
    t.input.write('secr\u0003');
    await expect(answer).rejects.toThrow(CliError);
    expect(t.input.rawModes).toEqual([true, false]);
    expect(t.written()).not.toContain('secr');
  });

  it('does not ask when the input is not a terminal', async () => {
    const t = fakeTerminal(false);
    expect(await promptSecret('Password: ', t.input, t.output)).toBeNull();
    expect([t.written(), t.input.rawModes]).toEqual(['', []]);
  });
});

describe('account create without a terminal (real entry point)', () => {
  it('refuses a piped password, asking for --password or LIVECUE_HUB_PASSWORD, and creates nothing', async () => {
    const data = path.join(mkdtempSync(path.join(tmpdir(), 'hub-cli-')), 'data');
    const env = { ...process.env };
    delete env.LIVECUE_HUB_PASSWORD;
    delete env.DATABASE_URL;
    const running = promisify(execFile)(
      'npx',
      ['tsx', 'hub/cli.ts', 'account', 'create', '--username', 'li', '--role', 'admin', '--data', data],
      {
        env,
      },
    );
    running.child.stdin?.end('password1\n');
    const failed = await running.catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(failed).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'hub: No password: not run in a terminal, so it is not asked for; give --password or set LIVECUE_HUB_PASSWORD.\n',
    });
    expect(existsSync(data)).toBe(false);
  }, 60_000);
});
