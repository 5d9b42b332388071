import { z } from 'zod';
import { ImportPlatform } from './importField';

/**
 * One valid product row as parsed from a file. A key is present only when the file has that
 * column AND the cell is not empty: an empty cell never erases what the catalog already holds.
 * Prices are integer fen.
 */
export const ImportedProduct = z.object({
  sku: z.string().min(1),
  title: z.string().min(1).optional(),
  subtitle: z.string().optional(),
  listPriceFen: z.number().int().nonnegative().optional(),
  livePriceFen: z.number().int().nonnegative().optional(),
  stock: z.number().int().nonnegative().optional(),
  category: z.string().optional(),
  tags: z.array(z.string()).optional(),
  sellingPoints: z.array(z.string()).optional(),
  platformIds: z.partialRecord(ImportPlatform, z.string()).optional(),
});
export type ImportedProduct = z.infer<typeof ImportedProduct>;
