import { describe, expect, it, vi } from 'vitest';
import { createImageCache } from './imageCache';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('image cache', () => {
  it('reads each image once into a data URL', async () => {
    const read = vi.fn(async () => ({ mime: 'image/png', dataBase64: 'iVBO' }));
    const cache = createImageCache(read);
    cache.getState().load('h1');
    cache.getState().load('h1');
    await settle();
    cache.getState().load('h1');
    expect(read).toHaveBeenCalledTimes(1);
    expect(cache.getState().urls).toEqual({ h1: 'data:image/png;base64,iVBO' });
  });

  it('remembers a failure until told to forget it, then tries again', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ mime: 'image/webp', dataBase64: 'UklG' });
    const cache = createImageCache(read);
    cache.getState().load('h2');
    await settle();
    expect(cache.getState().urls).toEqual({ h2: null });
    cache.getState().load('h2');
    expect(read).toHaveBeenCalledTimes(1);
    cache.getState().forgetFailed();
    cache.getState().load('h2');
    await settle();
    expect(cache.getState().urls).toEqual({ h2: 'data:image/webp;base64,UklG' });
  });
});
