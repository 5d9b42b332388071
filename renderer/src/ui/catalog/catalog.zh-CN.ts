import type { catalogEn } from './catalog.en';

/** 商品库共用的文字：条目选择器和“商品”区的页签。 */
export const catalogZhCN: typeof catalogEn = {
  tabs: {
    label: '商品库',
    products: '商品',
    coupons: '优惠券',
    tasks: '互动任务',
  },
  retry: '重试',
  flashSale: {
    price: '秒杀价 {{price}}',
    quantity: '限量 {{n}} 件',
    noPrice: '未设秒杀价',
  },
  picker: {
    search: {
      product: '按商品编码或名称搜索',
      coupon: '搜索优惠券',
      task: '搜索互动任务',
      giveaway: '搜索福袋',
    },
    loading: '正在搜索…',
    none: '没有找到。',
    failed: '搜索失败：{{message}}',
    more: '只显示前 {{shown}} 项（共 {{total}} 项），请输入更多关键词缩小范围。',
    stock: '库存 {{n}}',
    picked: '已选',
    create: {
      product: '新建商品',
      coupon: '新建优惠券',
      task: '新建互动任务',
      giveaway: '新建福袋',
    },
    createNamed: '{{what}}“{{query}}”',
    createHint: '没有结果时按回车即可新建',
  },
};
