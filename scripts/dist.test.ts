import { describe, expect, it } from 'vitest';
import { distFailureSentence } from './dist';

describe('distFailureSentence', () => {
  it('says the downloads cannot be reached when electron-builder failed on the network', () => {
    for (const output of [
      'Error: getaddrinfo ENOTFOUND github.com',
      '⨯ Get "https://github.com/electron/electron/releases/download/v45.4.1/electron-v45.4.1-linux-x64.zip": dial tcp: lookup github.com',
      'RequestError: connect ECONNREFUSED 140.82.112.4:443',
    ]) {
      expect(distFailureSentence(output, 1)).toMatch(/^Packaging needs to download Electron .* ELECTRON_MIRROR/);
    }
  });

  it('points to the output for any other failure', () => {
    expect(distFailureSentence('⨯ Application entry file "out/main/main.js" does not exist', 1)).toBe(
      'electron-builder failed (exit code 1); its output above says why.',
    );
  });
});
