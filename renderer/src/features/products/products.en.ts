/** English text of the Products area. Its shape is the key set the Chinese file must match. */
export const productsEn = {
  title: 'Products',
};
