import { z } from 'zod';
import { EpochMs } from './common';

/** Lower-case hex SHA-256 of an image's bytes: its identity in the image store. */
export const ImageHash = z.string().regex(/^[0-9a-f]{64}$/, 'must be an image hash (64 lower-case hex characters)');

/** Only real raster formats, detected from the bytes themselves (never SVG, never the file name). */
export const ImageMime = z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif']);
export type ImageMime = z.infer<typeof ImageMime>;

export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;

/** Why an image was refused (the API error's `reason`), for the app to say in the operator's language. */
export const ImageRefusal = z.enum(['IMAGE_EMPTY', 'IMAGE_TOO_LARGE', 'IMAGE_NOT_SUPPORTED']);
export type ImageRefusal = z.infer<typeof ImageRefusal>;

export const ImageInfo = z.object({
  hash: ImageHash,
  mime: ImageMime,
  bytes: z.number().int().positive(),
  createdAt: EpochMs,
});
export type ImageInfo = z.infer<typeof ImageInfo>;
