import { z } from 'zod';
import { ImageHash, ImageInfo, ImageMime } from '../../domain/catalog/image';
import { defineMethod, defineQuery } from './defineMethod';

/** Base64 of at most 10 MiB (the store checks the decoded size exactly). */
const MAX_BASE64 = Math.ceil((10 * 1024 * 1024) / 3) * 4;

export const imagesMethods = {
  'image.store': defineMethod({
    summary:
      'Stores an image (PNG, JPEG, WebP or GIF, detected from its bytes; at most 10 MiB) by its SHA-256. ' +
      'Storing the same bytes again returns the existing image.',
    input: z.object({ dataBase64: z.base64('dataBase64 must be base64').max(MAX_BASE64, 'image is larger than 10 MiB') }).strict(),
    output: ImageInfo.extend({ created: z.boolean() }),
  }),
  'image.get': defineQuery({
    summary: 'What the store knows about an image.',
    input: z.object({ hash: ImageHash }).strict(),
    output: ImageInfo,
  }),
  'image.read': defineQuery({
    summary: "An image's bytes as base64, checked against its hash on the way out.",
    input: z.object({ hash: ImageHash }).strict(),
    output: z.object({ hash: ImageHash, mime: ImageMime, dataBase64: z.string() }),
  }),
} as const;
