import type { productsEn } from './products.en';

/** 商品区的简体中文文字。 */
export const productsZhCN: typeof productsEn = {
  title: '商品',
};
