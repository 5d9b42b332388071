import { describe, expect, it } from 'vitest';
import { TaskType } from '../../../../shared/domain/catalog/loyaltyTask';
import { couponPrefill, productPrefill, taskTypesFor } from './prefill';

describe('productPrefill', () => {
  it.each([
    ['SK-1001', { sku: 'SK-1001' }],
    ['A12.B/3', { sku: 'A12.B/3' }],
    ['  690123 ', { sku: '690123' }],
    ['真丝睡衣', { title: '真丝睡衣' }],
    ['Silk pyjamas', { title: 'Silk pyjamas' }],
    ['MASK', { title: 'MASK' }],
    ['面膜10片', { title: '面膜10片' }],
    ['', {}],
  ])('%j → %j', (query, prefill) => expect(productPrefill(query)).toEqual(prefill));
});

describe('taskTypesFor', () => {
  it('offers giveaways for a giveaway cue and every other type for a follower-task cue', () => {
    expect(taskTypesFor('giveaway', TaskType.options)).toEqual(['giveaway']);
    expect(taskTypesFor(undefined, TaskType.options)).toEqual(['follow', 'fan_club', 'like_goal', 'share', 'comment_keyword']);
  });
});

describe('couponPrefill', () => {
  it.each([
    ['满300减50', { name: '满300减50', type: 'threshold', threshold: '300', value: '50' }],
    ['双11 满 199 减 30', { name: '双11 满 199 减 30', type: 'threshold', threshold: '199', value: '30' }],
    ['新品直降20', { name: '新品直降20', type: 'direct', value: '20' }],
    ['面膜秒杀9.9', { name: '面膜秒杀9.9', type: 'flash_price', value: '9.9' }],
    ['全场8.5折', { name: '全场8.5折', type: 'percent', value: '8.5折' }],
    ['会员95折', { name: '会员95折', type: 'percent', value: '95折' }],
    ['新人专享', { name: '新人专享' }],
    ['  ', { name: '' }],
  ])('%j → %j', (query, prefill) => expect(couponPrefill(query)).toEqual(prefill));
});
