/**
 * Base64 for package files without building a string byte by byte: bytes are encoded in slices
 * whose length is a multiple of 3, so each slice encodes on its own and the pieces simply join.
 */
export const BASE64_CHUNK_BYTES = 3 * 16_384;

/** Base64 of `bytes`, one piece per chunk (pieces concatenate to the whole encoding). */
export function* base64Chunks(bytes: Uint8Array, chunkBytes = BASE64_CHUNK_BYTES): Generator<string> {
  if (chunkBytes <= 0 || chunkBytes % 3 !== 0) throw new RangeError('chunkBytes must be a positive multiple of 3');
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    const slice = bytes.subarray(start, start + chunkBytes);
    yield btoa(String.fromCharCode.apply(null, slice as unknown as number[]));
  }
}

export function bytesToBase64(bytes: Uint8Array, chunkBytes = BASE64_CHUNK_BYTES): string {
  return Array.from(base64Chunks(bytes, chunkBytes)).join('');
}

/** Same as bytesToBase64, but lets the page breathe between chunks so a large file never freezes the window. */
export async function bytesToBase64Async(bytes: Uint8Array, chunkBytes = BASE64_CHUNK_BYTES, chunksPerTurn = 32): Promise<string> {
  const parts: string[] = [];
  for (const part of base64Chunks(bytes, chunkBytes)) {
    parts.push(part);
    if (parts.length % chunksPerTurn === 0) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return parts.join('');
}

/** Decodes base64 in slices of whole 4-character groups into one byte array. */
export function base64ToBytes(base64: string, chunkChars = 4 * 16_384): Uint8Array {
  if (chunkChars <= 0 || chunkChars % 4 !== 0) throw new RangeError('chunkChars must be a positive multiple of 4');
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((base64.length / 4) * 3 - padding);
  let offset = 0;
  for (let start = 0; start < base64.length; start += chunkChars) {
    const binary = atob(base64.slice(start, start + chunkChars));
    for (let i = 0; i < binary.length; i++) out[offset + i] = binary.charCodeAt(i);
    offset += binary.length;
  }
  return out;
}
