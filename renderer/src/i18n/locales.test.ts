import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

describe('locale resources', () => {
  const english = flatten(en);
  const chinese = flatten(zhCN);

  it('have exactly the same keys', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty text', () => {
    for (const [key, text] of [...english, ...chinese]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same interpolation placeholders for each key', () => {
    for (const [key, text] of english) expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('name the product as agreed', () => {
    expect(en.app.name).toBe('LiveCue');
    expect(zhCN.app.name).toBe('直播场控 LiveCue');
  });

  it('carry the agreed navigation labels', () => {
    expect(en.nav).toMatchObject({ live: 'Live', shows: 'Shows', products: 'Products', reports: 'Reports', settings: 'Settings' });
    expect(zhCN.nav).toMatchObject({ live: '直播', shows: '节目单', products: '商品', reports: '复盘', settings: '设置' });
  });
});
