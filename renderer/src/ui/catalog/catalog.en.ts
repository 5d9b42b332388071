/** English text shared by the catalog screens: the item picker and the Products area's tabs. */
export const catalogEn = {
  tabs: {
    label: 'Catalog',
    products: 'Products',
    coupons: 'Coupons',
    tasks: 'Follower tasks',
  },
  retry: 'Try again',
  /** A flash-sale cue's price and quantity, in the show's cue list and on the live console's card. */
  flashSale: {
    price: 'Flash price {{price}}',
    quantity: '{{n}} at this price',
    noPrice: 'No flash price set',
  },
  picker: {
    search: {
      product: 'Search by SKU or title',
      coupon: 'Search coupons',
      task: 'Search follower tasks',
      giveaway: 'Search giveaways',
    },
    loading: 'Searching…',
    none: 'Nothing found.',
    failed: 'Could not search: {{message}}',
    more: 'Showing the first {{shown}} of {{total}}; type more to narrow it down.',
    stock: 'stock {{n}}',
    picked: 'picked',
    create: {
      product: 'New product',
      coupon: 'New coupon',
      task: 'New follower task',
      giveaway: 'New giveaway',
    },
    createNamed: '{{what}} “{{query}}”',
    createHint: 'Enter on an empty list creates it',
  },
};
