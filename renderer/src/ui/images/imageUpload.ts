import { ApiCallError } from '../../../../shared/api/errors';
import { IMAGE_MAX_BYTES, type ImageInfo, ImageRefusal } from '../../../../shared/domain/catalog/image';
import { BASE64_CHUNK_BYTES, base64Chunks } from '../../files/base64';
import { errorMessage } from '../../state/bound';

/** Why a file did not become an image: the store's reasons, or a failure to say as it came. */
export type UploadProblem = { reason: ImageRefusal } | { reason: 'failed'; message: string };
export type UploadResult = { ok: true; image: ImageInfo & { created: boolean } } | ({ ok: false } & UploadProblem);

/** Share of the progress bar for reading and encoding the file; the rest is the store writing it. */
const ENCODE_SHARE = 0.8;

/** Base64 of `bytes`, letting the window breathe between pieces and saying how far it got (0–1). */
export async function encodeWithProgress(bytes: Uint8Array, onProgress: (fraction: number) => void, chunkBytes = BASE64_CHUNK_BYTES) {
  const parts: string[] = [];
  let done = 0;
  for (const part of base64Chunks(bytes, chunkBytes)) {
    parts.push(part);
    done = Math.min(bytes.length, done + chunkBytes);
    onProgress(bytes.length === 0 ? 1 : done / bytes.length);
    if (parts.length % 16 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return parts.join('');
}

/**
 * Sends one file to the image store. A file over the limit is refused before it is read (a 2 GB video dropped by
 * mistake never freezes the window); what the bytes are is for the store to say.
 */
export async function uploadImage(
  file: Blob,
  store: (dataBase64: string) => Promise<ImageInfo & { created: boolean }>,
  onProgress: (fraction: number) => void,
): Promise<UploadResult> {
  if (file.size === 0) return { ok: false, reason: 'IMAGE_EMPTY' };
  if (file.size > IMAGE_MAX_BYTES) return { ok: false, reason: 'IMAGE_TOO_LARGE' };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const dataBase64 = await encodeWithProgress(bytes, (f) => onProgress(f * ENCODE_SHARE));
    const image = await store(dataBase64);
    onProgress(1);
    return { ok: true, image };
  } catch (error) {
    const reason = error instanceof ApiCallError ? ImageRefusal.safeParse(error.reason) : null;
    if (reason?.success) return { ok: false, reason: reason.data };
    return { ok: false, reason: 'failed', message: errorMessage(error) };
  }
}
