import { base64ToBytes } from '../../files/base64';

/** Object URLs of stored images by hash, so a thumbnail costs one `image.read` per window, not one per render. */
export interface ImageCache {
  /** The image's URL, read once; concurrent asks share one read, a failed read is tried again next time. */
  url(hash: string): Promise<string>;
  /** The URL when it is known already (no read). */
  peek(hash: string): string | undefined;
  /** An image this window has the bytes of (just uploaded): no need to read it back. */
  put(hash: string, blob: Blob): void;
}

export interface ImageCacheDeps {
  read(hash: string): Promise<{ mime: string; dataBase64: string }>;
  createUrl(blob: Blob): string;
  revokeUrl(url: string): void;
  /** How many URLs are kept; the least recently used go first. */
  limit?: number;
}

export function createImageCache({ read, createUrl, revokeUrl, limit = 400 }: ImageCacheDeps): ImageCache {
  /** Insertion order is recency: a use moves the entry to the end. */
  const ready = new Map<string, string>();
  const reading = new Map<string, Promise<string>>();

  const remember = (hash: string, url: string) => {
    const old = ready.get(hash);
    if (old !== undefined && old !== url) revokeUrl(old);
    ready.delete(hash);
    ready.set(hash, url);
    while (ready.size > limit) {
      const [oldest, oldestUrl] = ready.entries().next().value as [string, string];
      ready.delete(oldest);
      revokeUrl(oldestUrl);
    }
  };

  return {
    url(hash) {
      const known = ready.get(hash);
      if (known !== undefined) {
        remember(hash, known);
        return Promise.resolve(known);
      }
      const pending = reading.get(hash);
      if (pending) return pending;
      const next = read(hash)
        .then(({ mime, dataBase64 }) => {
          const url = createUrl(new Blob([base64ToBytes(dataBase64) as Uint8Array<ArrayBuffer>], { type: mime }));
          remember(hash, url);
          return url;
        })
        .finally(() => reading.delete(hash));
      reading.set(hash, next);
      return next;
    },
    peek: (hash) => ready.get(hash),
    put(hash, blob) {
      remember(hash, createUrl(blob));
    },
  };
}
