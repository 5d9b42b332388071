/** Bytes per `String.fromCharCode` call: well under every engine's argument limit. */
const CHUNK = 0x8000;

/** Base64 of bytes, built a chunk at a time (no string grown byte by byte, no spread of a huge array). */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // A multiple of 3, so every chunk but the last encodes without padding and the parts simply join.
  const step = CHUNK - (CHUNK % 3);
  for (let offset = 0; offset < bytes.length; offset += step) {
    const chunk = bytes.subarray(offset, offset + step);
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}

/** Bytes of a base64 string. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
