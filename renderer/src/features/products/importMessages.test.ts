import { describe, expect, it } from 'vitest';
import { ImportFailureCode, ImportIssueCode } from '../../../../shared/domain/import/importIssue';
import { failureKey, issueKey } from './importMessages';
import { productsEn } from './products.en';
import { productsZhCN } from './products.zh-CN';

describe('import messages', () => {
  it('maps known reasons to keys and unknown ones to null', () => {
    expect(failureKey('HAS_INVALID_ROWS')).toBe('products.import.failure.HAS_INVALID_ROWS');
    expect(failureKey('SOMETHING_NEW')).toBeNull();
    expect(failureKey(undefined)).toBeNull();
    expect(issueKey('DUPLICATE_SKU')).toBe('products.import.issue.DUPLICATE_SKU');
    expect(issueKey('NOPE')).toBeNull();
  });

  it('has text for every failure and issue code in both languages', () => {
    for (const code of ImportFailureCode.options) {
      expect(productsEn.import.failure[code], code).toBeTruthy();
      expect(productsZhCN.import.failure[code], code).toBeTruthy();
    }
    for (const code of ImportIssueCode.options) {
      expect(productsEn.import.issue[code], code).toBeTruthy();
      expect(productsZhCN.import.issue[code], code).toBeTruthy();
    }
  });
});
