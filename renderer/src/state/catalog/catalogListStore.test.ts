import { describe, expect, it } from 'vitest';
import type { Page } from '../../../../shared/domain/catalog/common';
import type { ApiClient } from '../../api/client';
import { type CatalogListApi, createCatalogListStore } from './catalogListStore';

interface Item {
  id: string;
  name: string;
}

/** A backend of `n` items, newest first, answering pages as the real list methods do. */
function fakeApi(n: number): CatalogListApi<Item, { name: string }> & { lists: number } {
  let items: Item[] = Array.from({ length: n }, (_, i) => ({ id: `id-${n - i}`, name: `item ${n - i}` }));
  let next = n + 1;
  const api = {
    lists: 0,
    async list({ limit, offset }: { limit: number; offset: number }): Promise<Page<Item>> {
      api.lists++;
      return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
    },
    async create(values: { name: string }) {
      const item = { id: `id-${next++}`, ...values };
      items = [item, ...items];
      return item;
    },
    async update(id: string, values: { name: string }) {
      items = items.map((i) => (i.id === id ? { ...i, ...values } : i));
      return items.find((i) => i.id === id) as Item;
    },
    async remove(id: string) {
      if (id === 'id-1') throw new Error('"item 1" is used by cue "A"');
      items = items.filter((i) => i.id !== id);
      return { id, deleted: true };
    },
  };
  return api;
}

const client = { onReconnect: () => () => {} } as unknown as ApiClient;

describe('catalog list store', () => {
  it('reads every page', async () => {
    const api = fakeApi(1203);
    const store = createCatalogListStore(client, api);
    await store.getState().reload();
    expect(store.getState()).toMatchObject({ loaded: true, loading: false, error: null });
    expect(store.getState().items).toHaveLength(1203);
    expect(store.getState().items[0]?.id).toBe('id-1203');
    expect(api.lists).toBe(3);
  });

  it('shows a new item at the top at once, an edit in place, and drops a deleted one', async () => {
    const store = createCatalogListStore(client, fakeApi(2));
    await store.getState().reload();
    const created = await store.getState().create({ name: 'new' });
    expect(store.getState().items.map((i) => i.id)).toEqual([created.id, 'id-2', 'id-1']);
    await store.getState().update('id-2', { name: 'renamed' });
    expect(store.getState().items.find((i) => i.id === 'id-2')?.name).toBe('renamed');
    await store.getState().remove('id-2');
    expect(store.getState().items.map((i) => i.id)).not.toContain('id-2');
  });

  it('keeps the item when the backend refuses to delete it, and passes the refusal on', async () => {
    const store = createCatalogListStore(client, fakeApi(2));
    await store.getState().reload();
    await expect(store.getState().remove('id-1')).rejects.toThrow('used by cue');
    expect(store.getState().items.map((i) => i.id)).toContain('id-1');
  });
});
