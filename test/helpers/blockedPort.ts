import { createServer } from 'node:net';

/** A loopback port held by another listener, as another program would hold it; `release()` frees it. */
export async function blockedPort(): Promise<{ port: number; release(): Promise<void> }> {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const address = blocker.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, release: () => new Promise<void>((resolve) => blocker.close(() => resolve())) };
}
