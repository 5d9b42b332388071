import { describe, expect, it } from 'vitest';
import { CliArgsError, DEFAULT_PORT, parseHostArgs } from './cliArgs';

describe('parseHostArgs', () => {
  it('defaults to loopback on the default port', () => {
    expect(parseHostArgs([])).toEqual({ port: DEFAULT_PORT, host: '127.0.0.1', dataDir: null, dev: false, lan: false });
  });
  it('reads every option', () => {
    expect(parseHostArgs(['--port', '0', '--lan', '--data-dir', '/d', '--dev'])).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/d',
      dev: true,
      lan: true,
    });
    expect(parseHostArgs(['--help'])).toBe('help');
  });
  it('names what is wrong', () => {
    expect(() => parseHostArgs(['--port', '70000'])).toThrow(/--port must be a whole number from 0 to 65535, got "70000"/);
    expect(() => parseHostArgs(['--port'])).toThrow(/--port needs a value/);
    expect(() => parseHostArgs(['--data-dir', '--lan'])).toThrow(/--data-dir needs a value/);
    expect(() => parseHostArgs(['--prot', '1'])).toThrow(CliArgsError);
    expect(() => parseHostArgs(['--prot', '1'])).toThrow(/Unknown option "--prot"/);
  });
});
