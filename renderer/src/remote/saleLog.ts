/** One 成交 entry this phone made: kept so it can be taken back (sent again as negatives). */
export interface SaleEntry {
  orders: number;
  gmvFen: number;
  productId: string | null;
  /** The product's name when it was entered, for the undo button. */
  productTitle: string | null;
}

/** The sale command that takes an entry back: the same figures negated, counted to the same product. */
export const undoOf = (entry: SaleEntry) => ({
  type: 'sale' as const,
  orders: -entry.orders,
  gmvFen: -entry.gmvFen,
  productId: entry.productId,
});
