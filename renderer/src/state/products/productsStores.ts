import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../api/client';
import { useAppState } from '../AppStateContext';
import { createImportStore, type ImportState } from './importStore';
import { createProductsStore, type ProductsState } from './productsStore';

interface ProductsStores {
  products: StoreApi<ProductsState>;
  import: StoreApi<ImportState>;
}

/**
 * The area's stores live as long as the client, not the screen: leaving Products in the middle
 * of an import and coming back finds the import where it was.
 */
const byClient = new WeakMap<ApiClient, ProductsStores>();

function storesFor(client: ApiClient): ProductsStores {
  let stores = byClient.get(client);
  if (!stores) {
    const products = createProductsStore(client);
    stores = { products, import: createImportStore(client, () => void products.getState().reload()) };
    byClient.set(client, stores);
  }
  return stores;
}

export function useProducts<T>(selector: (state: ProductsState) => T): T {
  return useStore(storesFor(useAppState().client).products, selector);
}

export function useImport<T>(selector: (state: ImportState) => T): T {
  return useStore(storesFor(useAppState().client).import, selector);
}
