import { describe, expect, it } from 'vitest';
import { createImageCache } from './imageCache';

/** A store that counts reads and can fail the next one; URLs are numbered so each is told apart. */
function fakeDeps(limit?: number) {
  const reads: string[] = [];
  const revoked: string[] = [];
  let made = 0;
  let failNext = false;
  return {
    reads,
    revoked,
    failOnce: () => {
      failNext = true;
    },
    deps: {
      async read(hash: string) {
        reads.push(hash);
        if (failNext) {
          failNext = false;
          throw new Error('offline');
        }
        return { mime: 'image/png', dataBase64: 'iVBORw0KGgo=' };
      },
      createUrl: (blob: Blob) => `blob:${++made}:${blob.type}:${blob.size}`,
      revokeUrl: (url: string) => void revoked.push(url),
      ...(limit ? { limit } : {}),
    },
  };
}

describe('image cache', () => {
  it('reads an image once, even when asked for it twice at the same time', async () => {
    const fake = fakeDeps();
    const cache = createImageCache(fake.deps);
    const [a, b] = await Promise.all([cache.url('h1'), cache.url('h1')]);
    expect(a).toBe(b);
    expect(a).toBe('blob:1:image/png:8');
    expect(await cache.url('h1')).toBe(a);
    expect(cache.peek('h1')).toBe(a);
    expect(fake.reads).toEqual(['h1']);
  });

  it('tries a failed read again next time', async () => {
    const fake = fakeDeps();
    const cache = createImageCache(fake.deps);
    fake.failOnce();
    await expect(cache.url('h1')).rejects.toThrow('offline');
    expect(cache.peek('h1')).toBeUndefined();
    await expect(cache.url('h1')).resolves.toMatch(/^blob:/);
    expect(fake.reads).toEqual(['h1', 'h1']);
  });

  it('takes an uploaded image from its bytes without reading it back', async () => {
    const fake = fakeDeps();
    const cache = createImageCache(fake.deps);
    cache.put('h9', new Blob([new Uint8Array(3)], { type: 'image/gif' }));
    expect(await cache.url('h9')).toBe('blob:1:image/gif:3');
    expect(fake.reads).toEqual([]);
  });

  it('keeps the most recently used and revokes what it drops', async () => {
    const fake = fakeDeps(2);
    const cache = createImageCache(fake.deps);
    const one = await cache.url('h1');
    const two = await cache.url('h2');
    await cache.url('h1'); // h1 is now the most recent
    await cache.url('h3');
    expect(fake.revoked).toEqual([two]);
    expect(cache.peek('h1')).toBe(one);
    expect(cache.peek('h2')).toBeUndefined();
  });
});
