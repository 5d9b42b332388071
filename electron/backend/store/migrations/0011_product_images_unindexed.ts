import type { Migration } from '../migration';

/**
 * Drops the index of product images by image hash. Nothing reads images by that column, and an image row is never
 * deleted or changed (content-addressed), so the foreign key never needs it either; yet every image-list row paid for
 * it: inserted into the middle of the index (a few dozen hashes shared by thousands of products), it cost about four
 * times the row itself, a third of a large show package's apply. A clean-up of unused images, when there is one,
 * can find them set-based (`NOT IN (SELECT image_hash …)`, one scan).
 */
export const m0011ProductImagesUnindexed: Migration = {
  version: 11,
  name: 'product_images_unindexed',
  up(db) {
    db.exec('DROP INDEX IF EXISTS product_images_hash');
  },
};
