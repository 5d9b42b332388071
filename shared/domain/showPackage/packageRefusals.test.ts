import { describe, expect, it } from 'vitest';
import { packageDetail, unfinishedCounts, withUnfinishedCounts } from './packageRefusals';

describe('package refusal details', () => {
  it('carries how far an unfinished import got beside its cause, and reads it back', () => {
    const cause = packageDetail('productGone', { sku: 'A-1' });
    expect(unfinishedCounts(cause)).toBeNull();
    const counted = withUnfinishedCounts(cause, 250, 650);
    expect(counted).toEqual({ code: 'productGone', params: { sku: 'A-1', written: 250, total: 650 } });
    expect(unfinishedCounts(counted)).toEqual({ written: 250, total: 650 });
  });
});
