import { strFromU8, unzipSync } from 'fflate';
import {
  CouponsPartV1,
  ManifestV1,
  PACKAGE_ENTRY,
  ProductsPartV1,
  ShowPartV1,
  TasksPartV1,
} from '../../shared/domain/showPackage/showPackageFormat';
import type { ShowPackageImportResult } from '../../shared/domain/showPackage/showPackageResults';
import { largeShowPackage } from '../support/backend/largeShowPackage';
import { call } from './apiCall';
import type { Benchmark } from './benchResult';
import { runImportRounds } from './importRounds';

const SIZE = { cues: 300, products: 5000, coupons: 80, tasks: 40, images: 40, imageSide: 160 };
const ROUNDS = 5;

/**
 * import.showPackage: preview + commit of a large show package (300 cues, 5,000 products with one or two
 * images each, 80 coupons covering them, 40 loyalty tasks, 40 images) through the real API
 * (`showPackage.preview`, `showPackage.commit`, base64 upload) into a fresh store on disk, against the
 * bare parse of the same file in the same round: unzip, JSON.parse and the format's schemas, nothing
 * checked or written. import.showPackage.maxBlockMs and .commandWaitMs: as for import.products50k (a 0 ms
 * timer chain, and `settings.update` sent every 250 ms throughout). A command landing while the show itself is
 * written may wait for it to finish (see REST_GRACE_MS in packageApply.ts): up to about 50 ms more, plus the commit.
 */
export const importShowPackage: Benchmark = {
  name: 'import.showPackage',
  async run() {
    const pkg = await largeShowPackage(SIZE);
    const bytes = Buffer.from(pkg.bytes).toString('base64');
    return runImportRounds({
      name: 'import.showPackage',
      rounds: ROUNDS,
      baseline: 'bare parse of the same package: unzip + JSON.parse + format schemas',
      bare() {
        const products = bareParse(pkg.bytes);
        if (products !== SIZE.products) throw new Error(`bare parse saw ${products} products`);
      },
      async pipeline(api) {
        const preview = await call<{ previewId: string }>(api.dispatch('showPackage.preview', { fileName: pkg.fileName, bytes }));
        return call<ShowPackageImportResult>(api.dispatch('showPackage.commit', { previewId: preview.previewId }));
      },
      check(_api, result) {
        if (result.products.created !== SIZE.products || result.cues !== SIZE.cues) throw new Error(`imported ${JSON.stringify(result)}`);
      },
      extra: { ...SIZE, fileBytes: pkg.bytes.length },
    });
  },
};

/** Unzips every entry, parses every JSON part and validates it against its schema; returns the product count. */
function bareParse(bytes: Uint8Array): number {
  const entries = unzipSync(bytes);
  const json = (name: string): unknown => JSON.parse(strFromU8(entries[name] as Uint8Array));
  ManifestV1.parse(json(PACKAGE_ENTRY.manifest));
  ShowPartV1.parse(json(PACKAGE_ENTRY.show));
  CouponsPartV1.parse(json(PACKAGE_ENTRY.coupons));
  TasksPartV1.parse(json(PACKAGE_ENTRY.tasks));
  return ProductsPartV1.parse(json(PACKAGE_ENTRY.products)).products.length;
}
