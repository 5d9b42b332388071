import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHub } from './createHub';

describe('createHub', () => {
  // PGlite takes a few seconds to start on a loaded machine: the limit is for that, the close itself is immediate.
  it('closes at once even while a client is half-way through sending a request', { timeout: 60_000 }, async () => {
    const hub = await createHub({ database: { kind: 'pglite', dataDir: null }, reportRefreshMs: null });
    const url = new URL(await hub.listen(0));
    const socket = connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // Headers promise a body that never comes: the connection stays mid-request.
    socket.write('POST /v1/events HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"epoch":');
    socket.on('error', () => {}); // the hub resets it: that is the point
    const closedBy = new Promise<string>((resolve) => socket.once('close', () => resolve('socket closed')));
    await hub.close();
    expect(await closedBy).toBe('socket closed');
  });
});
