import { z } from 'zod';
import { Id, Page, PageInput } from '../../domain/catalog/common';
import { Coupon, CouponCreate, CouponPatch } from '../../domain/catalog/coupon';
import { LoyaltyTask, TaskCreate, TaskPatch } from '../../domain/catalog/loyaltyTask';
import { Product, ProductCreate, ProductPatch } from '../../domain/catalog/product';
import { defineMethod, defineQuery } from './defineMethod';

const ById = z.object({ id: Id }).strict();
const Deleted = z.object({ id: Id, deleted: z.literal(true) });

export const catalogMethods = {
  'product.create': defineMethod({
    summary: 'Creates a product. Prices are integer fen. A SKU already in the catalog fails with CONFLICT at "sku".',
    input: ProductCreate,
    output: Product,
  }),
  'product.get': defineQuery({ summary: 'One product by id (NOT_FOUND if none).', input: ById, output: Product }),
  'product.update': defineMethod({
    summary: 'Changes the fields present; returns the product. Changing the SKU to one in use fails with CONFLICT.',
    input: ProductPatch.extend({ id: Id }).strict(),
    output: Product,
  }),
  'product.delete': defineMethod({
    summary: 'Deletes a product and its coupon links. Refused (CONFLICT) while a cue uses it.',
    input: ById,
    output: Deleted,
  }),
  'product.list': defineQuery({
    summary: 'Products ordered by SKU, paged; `query` matches SKU or title (substring, case-insensitive).',
    input: z
      .object({ query: z.string().trim().max(100).optional(), category: z.string().trim().max(100).optional(), ...PageInput })
      .strict(),
    output: Page(Product),
  }),

  'coupon.create': defineMethod({
    summary: 'Creates a coupon or offer (满减, 直降, 折扣, 新人礼金, 裂变券, 秒杀) for the given products.',
    input: CouponCreate,
    output: Coupon,
  }),
  'coupon.get': defineQuery({ summary: 'One coupon by id.', input: ById, output: Coupon }),
  'coupon.update': defineMethod({
    summary: 'Changes the fields present (productIds replaces the whole list); the result is checked as a whole.',
    input: CouponPatch.extend({ id: Id }).strict(),
    output: Coupon,
  }),
  'coupon.delete': defineMethod({ summary: 'Deletes a coupon. Refused (CONFLICT) while a cue uses it.', input: ById, output: Deleted }),
  'coupon.list': defineQuery({
    summary: 'Coupons, newest first, paged; `productId` keeps those that apply to that product.',
    input: z.object({ productId: Id.optional(), ...PageInput }).strict(),
    output: Page(Coupon),
  }),

  'task.create': defineMethod({
    summary: 'Creates a loyalty task (关注, 粉丝团, 点赞目标, 分享, 评论口令, 福袋/抽奖).',
    input: TaskCreate,
    output: LoyaltyTask,
  }),
  'task.get': defineQuery({ summary: 'One loyalty task by id.', input: ById, output: LoyaltyTask }),
  'task.update': defineMethod({
    summary: 'Changes the fields present; the result is checked as a whole.',
    input: TaskPatch.extend({ id: Id }).strict(),
    output: LoyaltyTask,
  }),
  'task.delete': defineMethod({ summary: 'Deletes a loyalty task. Refused (CONFLICT) while a cue uses it.', input: ById, output: Deleted }),
  'task.list': defineQuery({
    summary: 'Loyalty tasks, newest first, paged.',
    input: z.object({ ...PageInput }).strict(),
    output: Page(LoyaltyTask),
  }),
} as const;
