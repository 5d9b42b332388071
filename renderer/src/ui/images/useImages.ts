import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { useAppState } from '../../state/AppStateContext';
import { createImageCache, type ImageCache } from './imageCache';
import { type UploadProblem, uploadImage } from './imageUpload';

/** One cache per client, shared by every thumbnail of the window. */
const byClient = new WeakMap<ApiClient, ImageCache>();

function useImageCache(): ImageCache {
  const { client } = useAppState();
  let cache = byClient.get(client);
  if (!cache) {
    cache = createImageCache({
      read: (hash) => client.call('image.read', { hash }),
      createUrl: (blob) => URL.createObjectURL(blob),
      revokeUrl: (url) => URL.revokeObjectURL(url),
    });
    byClient.set(client, cache);
  }
  return cache;
}

/** The URL to show an image by, once it has been read; `failed` when it could not be. */
export function useImageUrl(hash: string | null | undefined): { url: string | null; failed: boolean } {
  const cache = useImageCache();
  const [state, setState] = useState<{ hash: string | null; url: string | null; failed: boolean }>(() => ({
    hash: hash ?? null,
    url: hash ? (cache.peek(hash) ?? null) : null,
    failed: false,
  }));
  useEffect(() => {
    if (!hash) {
      setState({ hash: null, url: null, failed: false });
      return;
    }
    let cancelled = false;
    setState({ hash, url: cache.peek(hash) ?? null, failed: false });
    cache.url(hash).then(
      (url) => !cancelled && setState({ hash, url, failed: false }),
      () => !cancelled && setState({ hash, url: null, failed: true }),
    );
    return () => {
      cancelled = true;
    };
  }, [cache, hash]);
  return state.hash === (hash ?? null) ? state : { url: null, failed: false };
}

/** A file on its way to the store, or one that did not make it. */
export type Upload =
  | { key: number; name: string; state: 'sending'; progress: number }
  | ({ key: number; name: string; state: 'refused' } & UploadProblem)
  | { key: number; name: string; state: 'already' };

/**
 * Sends picked, pasted or dropped files to the image store one after another, tracking each; `onStored` gets each
 * stored image's hash in the order the files came. A file the list already has is said, not added twice.
 */
export function useImageUploads(onStored: (hash: string) => boolean): {
  uploads: Upload[];
  add(files: readonly File[]): void;
  dismiss(key: number): void;
} {
  const { client } = useAppState();
  const cache = useImageCache();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const nextKey = useRef(1);
  const queue = useRef(Promise.resolve());
  const onStoredRef = useRef(onStored);
  onStoredRef.current = onStored;

  const put = (key: number, next: Upload | null) =>
    setUploads((list) => (next === null ? list.filter((u) => u.key !== key) : list.map((u) => (u.key === key ? next : u))));

  const add = (files: readonly File[]) => {
    for (const file of files) {
      const key = nextKey.current++;
      const name = file.name || 'image';
      setUploads((list) => [...list, { key, name, state: 'sending', progress: 0 }]);
      queue.current = queue.current.then(async () => {
        const result = await uploadImage(
          file,
          (dataBase64) => client.call('image.store', { dataBase64 }),
          (progress) => put(key, { key, name, state: 'sending', progress }),
        );
        if (!result.ok) {
          const { ok: _ok, ...problem } = result;
          return put(key, { key, name, state: 'refused', ...problem });
        }
        cache.put(result.image.hash, file);
        put(key, onStoredRef.current(result.image.hash) ? null : { key, name, state: 'already' });
      });
    }
  };

  return { uploads, add, dismiss: (key) => put(key, null) };
}
