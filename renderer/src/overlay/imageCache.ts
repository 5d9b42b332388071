import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../api/client';

/** A stored image's bytes as `image.read` returns them. */
export interface ImageBytes {
  mime: string;
  dataBase64: string;
}

export interface ImageCacheState {
  /** Data URL by hash; null when reading it failed (tried again after `forgetFailed`). */
  urls: Readonly<Record<string, string | null>>;
  load(hash: string): void;
  /** Lets failed images be tried again (after a reconnection). */
  forgetFailed(): void;
}

/** Images by content hash, read once each: the product pictures and the brand logo on the graphics. */
export function createImageCache(read: (hash: string) => Promise<ImageBytes>): StoreApi<ImageCacheState> {
  const loading = new Set<string>();
  return createStore<ImageCacheState>((set, get) => ({
    urls: {},
    load(hash) {
      if (hash in get().urls || loading.has(hash)) return;
      loading.add(hash);
      read(hash)
        .then(
          (image) => `data:${image.mime};base64,${image.dataBase64}`,
          () => null,
        )
        .then((url) => {
          loading.delete(hash);
          set((s) => ({ urls: { ...s.urls, [hash]: url } }));
        });
    },
    forgetFailed() {
      set((s) => ({ urls: Object.fromEntries(Object.entries(s.urls).filter(([, url]) => url !== null)) }));
    },
  }));
}

/** The image cache over the API client. */
export const imageCacheFor = (client: Pick<ApiClient, 'call'>) => createImageCache((hash) => client.call('image.read', { hash }));

/** Asks for the images of `hashes` and returns a lookup that follows the cache. */
export function useImageUrls(
  cache: StoreApi<ImageCacheState>,
  hashes: readonly (string | null | undefined)[],
): (hash: string) => string | undefined {
  const urls = useStore(cache, (s) => s.urls);
  const wanted = hashes.filter((h): h is string => typeof h === 'string').join(' ');
  useEffect(() => {
    for (const hash of wanted.split(' ')) if (hash) cache.getState().load(hash);
  }, [cache, wanted]);
  return (hash) => urls[hash] ?? undefined;
}
