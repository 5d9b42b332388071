import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';

/** A zip the reader will not open; the message says why, in words for the user. */
export class ZipReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipReadError';
  }
}

/** One entry from the zip's central directory, with the sizes it declares (nothing is inflated yet). */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  /** Declared uncompressed size; inflating never produces more than this. */
  size: number;
  /** Where the entry's (compressed) data starts in the file. */
  dataOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * Lists a zip's entries from its central directory without inflating anything, so sizes can be
 * checked before any work is done. Plain zip only: ZIP64, encryption and multi-disk archives are refused
 * (a package is at most a few hundred MB, so it never needs ZIP64).
 */
export function listZipEntries(data: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const notZip = () => new ZipReadError('not a zip file');
  const damaged = (what: string) => new ZipReadError(`the zip file is damaged (${what})`);

  if (data.length < EOCD_SIZE) throw notZip();
  const head = u32(0);
  if (head !== SIG_LOCAL && head !== SIG_END) throw notZip();

  let end = -1;
  for (let at = data.length - EOCD_SIZE; at >= Math.max(0, data.length - EOCD_SIZE - MAX_COMMENT); at--) {
    if (u32(at) === SIG_END) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged('no end-of-archive record');
  const count = u16(end + 10);
  const dirSize = u32(end + 12);
  const dirOffset = u32(end + 16);
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== count) throw new ZipReadError('multi-part zip files are not supported');
  if (count === 0xffff || dirOffset === 0xffffffff || dirSize === 0xffffffff) throw new ZipReadError('ZIP64 archives are not supported');
  if (count > maxEntries) throw new ZipReadError(`the zip has ${count} entries; at most ${maxEntries} are allowed`);
  if (dirOffset + dirSize > end) throw damaged('central directory out of range');

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== SIG_CENTRAL) throw damaged(`central directory entry ${i + 1}`);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localOffset = u32(at + 42);
    if (at + 46 + nameLength > end) throw damaged(`central directory entry ${i + 1}`);
    const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;

    if (flags & 1) throw new ZipReadError(`entry ${JSON.stringify(name)} is encrypted`);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw new ZipReadError('ZIP64 archives are not supported');
    }
    if (localOffset + 30 > dirOffset || u32(localOffset) !== SIG_LOCAL) throw damaged(`local header of ${JSON.stringify(name)}`);
    const dataOffset = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataOffset + compressedSize > dirOffset) throw damaged(`data of ${JSON.stringify(name)} out of range`);
    entries.push({ name, method, compressedSize, size, dataOffset });
  }
  return entries;
}

/**
 * The entry's bytes, inflated by zlib on the thread pool (no turn of the event loop is spent on it, and native
 * inflating is several times faster than doing it in JavaScript). zlib stops as soon as the output would exceed
 * the declared size, so a zip bomb that lies about its size costs at most that much.
 */
export async function readZipEntry(data: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const label = JSON.stringify(entry.name);
  const compressed = data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipReadError(`entry ${label} is damaged (stored size mismatch)`);
    return compressed.slice();
  }
  if (entry.method !== 8) throw new ZipReadError(`entry ${label} uses an unsupported compression method (${entry.method})`);

  let out: Buffer;
  try {
    // A limit of 0 would mean none: an empty entry may inflate to one byte at most, which is then refused below.
    // One output chunk a byte larger than the declared size: one pass on the pool rather than one per 16 KB (a chunk
    // that fills up exactly makes zlib run again into a second one), and an entry that grows past it stops there.
    const limit = Math.max(1, entry.size);
    out = await inflate(compressed, { maxOutputLength: limit, chunkSize: Math.max(64, limit + 1) });
  } catch (error) {
    if (isTooLarge(error)) throw new ZipReadError(`entry ${label} inflates to more than its declared ${entry.size} bytes`);
    throw new ZipReadError(`entry ${label} is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
  if (out.length !== entry.size) throw new ZipReadError(`entry ${label} is damaged (inflated to ${out.length} of ${entry.size} bytes)`);
  return out;
}

const inflate = promisify(inflateRaw);

const isTooLarge = (error: unknown): boolean =>
  error instanceof RangeError && (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
