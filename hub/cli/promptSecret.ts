import { CliError } from './parseCli';

/** The terminal, as far as reading a secret needs it (process.stdin, or a fake in tests). */
export interface SecretInput {
  isTTY?: boolean;
  setRawMode?(raw: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  off(event: 'data', listener: (chunk: string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\u007f', '\b']);
const CANCEL = new Set(['\u0003', '\u0004']); // Ctrl-C, Ctrl-D

/**
 * Asks for a secret with echo off: the terminal is put in raw mode, so typed characters are never
 * printed (not even as stars: the length is a secret too). Null when the input is not a terminal —
 * a password piped in would sit in shell history or scripts, so the caller asks for --password or
 * LIVECUE_HUB_PASSWORD instead.
 */
export function promptSecret(question: string, input: SecretInput, output: { write(text: string): unknown }): Promise<string | null> {
  const { setRawMode } = input;
  if (!input.isTTY || !setRawMode) return Promise.resolve(null);
  output.write(question);
  setRawMode.call(input, true);
  input.setEncoding('utf8');
  return new Promise<string>((resolve, reject) => {
    let secret = '';
    const finish = (outcome: () => void) => {
      input.off('data', onData);
      setRawMode.call(input, false);
      input.pause();
      output.write('\n');
      outcome();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (ENTER.has(char)) return finish(() => resolve(secret));
        if (CANCEL.has(char)) return finish(() => reject(new CliError('Cancelled: no password entered.')));
        if (BACKSPACE.has(char)) secret = Array.from(secret).slice(0, -1).join('');
        else if (char >= ' ') secret += char;
      }
    };
    input.on('data', onData);
    input.resume();
  });
}
