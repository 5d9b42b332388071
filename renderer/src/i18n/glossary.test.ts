import { describe, expect, it } from 'vitest';
import { CouponType } from '../../../shared/domain/catalog/coupon';
import { TaskType } from '../../../shared/domain/catalog/loyaltyTask';
import { CueType } from '../../../shared/domain/catalog/show';
import { glossaryEn, REPLACED_WORDS_EN } from './glossary.en';
import { glossaryZhCN, REPLACED_WORDS_ZH } from './glossary.zh-CN';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

type Tree = { [key: string]: string | Tree };

/** Every text of a locale with its dotted key. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : leaves(value, path);
  });
}

/** Every subtree named like a glossary group (cueType, cueTypes, …) outside the glossary itself. */
function groupsNamed(tree: Tree, names: readonly string[], prefix = ''): [string, Tree][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    if (typeof value === 'string') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    if (path.startsWith('glossary')) return [];
    const here: [string, Tree][] = names.includes(key) ? [[path, value]] : [];
    return [...here, ...groupsNamed(value, names, path)];
  });
}

const GROUPS = ['cueType', 'taskType', 'couponType'] as const;
const locales = [
  { name: 'en', messages: en as unknown as Tree, glossary: glossaryEn as unknown as Record<string, Tree> },
  { name: 'zh-CN', messages: zhCN as unknown as Tree, glossary: glossaryZhCN as unknown as Record<string, Tree> },
];

describe('one glossary for every feature', () => {
  it('is merged into both locales as `glossary`', () => {
    expect(en.glossary).toBe(glossaryEn);
    expect(zhCN.glossary).toBe(glossaryZhCN);
  });

  it.each(locales)('$name: no feature names a cue, task or coupon type differently', ({ messages, glossary }) => {
    for (const group of GROUPS) {
      for (const [path, subtree] of groupsNamed(messages, [group, `${group}s`])) {
        for (const [key, text] of Object.entries(subtree)) {
          const agreed = glossary[group]?.[key];
          expect(agreed, `${path}.${key} is not a ${group}`).toBeTypeOf('string');
          expect(text, `${path}.${key}`).toBe(agreed);
        }
      }
    }
  });

  it('zh-CN: no text uses a word the glossary replaced', () => {
    const found = leaves(zhCN as unknown as Tree)
      .filter(([path]) => !path.startsWith('glossary.'))
      .flatMap(([path, text]) =>
        Object.entries(REPLACED_WORDS_ZH)
          .filter(([word]) => text.includes(word))
          .map(([word, instead]) => `${path}: “${word}” → ${instead}`),
      );
    expect(found).toEqual([]);
  });

  it('en: no text uses a word the glossary replaced', () => {
    const found = leaves(en as unknown as Tree)
      .filter(([path]) => !path.startsWith('glossary.'))
      .flatMap(([path, text]) =>
        Object.entries(REPLACED_WORDS_EN)
          .filter(([word]) => new RegExp(`\\b${word}s?\\b`, 'i').test(text))
          .map(([word, instead]) => `${path}: “${word}” → ${instead}`),
      );
    expect(found).toEqual([]);
  });

  it('gives every cue, task and coupon type of the domain a name in both languages', () => {
    for (const glossary of [glossaryEn, glossaryZhCN]) {
      expect(Object.keys(glossary.cueType).sort()).toEqual([...CueType.options].sort());
      expect(Object.keys(glossary.taskType).sort()).toEqual([...TaskType.options].sort());
      expect(Object.keys(glossary.couponType).sort()).toEqual([...CouponType.options].sort());
    }
  });
});
