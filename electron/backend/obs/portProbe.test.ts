import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { tcpProbe } from './portProbe';

describe('tcpProbe', () => {
  it('true while something listens at the URL, false once the port is closed or the URL is not one', async () => {
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address();
    const url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    expect(await tcpProbe(url)).toBe(true);
    await new Promise((resolve) => server.close(resolve));
    expect(await tcpProbe(url)).toBe(false);
    expect(await tcpProbe('not a url')).toBe(false);
  });
});
