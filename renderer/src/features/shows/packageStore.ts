import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PackageDetail } from '../../../../shared/domain/showPackage/packageRefusals';
import type {
  ShowPackageExport,
  ShowPackageImportResult,
  ShowPackagePreview,
} from '../../../../shared/domain/showPackage/showPackageResults';
import type { ApiClient } from '../../api/client';
import { bytesToBase64Async } from '../../files/base64';
import { errorMessage } from '../../state/bound';
import { type PackageErrorKind, packageErrorDetail, packageErrorKind } from './apiErrors';
import type { ShowsState } from './showsStore';

/** The file extension of show packages. */
export const PACKAGE_EXTENSION = '.livecue';

/** What the import panel shows. */
export type ImportPhase =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; preview: ShowPackagePreview; committing: boolean }
  | { step: 'done'; result: ShowPackageImportResult }
  /** `detail`: the message as a code and values, to be worded in the UI's language (the message when null). */
  | { step: 'failed'; fileName: string | null; kind: PackageErrorKind; message: string; detail: PackageDetail | null };

/** A file as the import needs it (a browser File fits). */
export interface PackageFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface PackageState {
  /** Whether the import panel is open. */
  open: boolean;
  phase: ImportPhase;
  /** Show being exported, if any. */
  exportingId: string | null;
  exportError: { showId: string; message: string } | null;
  lastExport: { showId: string; fileName: string; summary: ShowPackageExport['summary'] } | null;

  openImport(): void;
  closeImport(): void;
  /** Reads the file, sends it for preview. */
  chooseFile(file: PackageFile): Promise<void>;
  commit(): Promise<void>;
  /** Exports a show; `save` writes the file (in the page: a download). */
  exportShow(showId: string, save: (fileName: string, base64: string) => void): Promise<boolean>;
}

/** Show packages: export to a .livecue file; import = read → preview → commit, then open the new show. */
export function createPackageStore(client: ApiClient, shows: StoreApi<ShowsState>): StoreApi<PackageState> {
  let attempt = 0;
  return createStore<PackageState>((set, get) => ({
    open: false,
    phase: { step: 'idle' },
    exportingId: null,
    exportError: null,
    lastExport: null,

    openImport() {
      set({ open: true, phase: { step: 'idle' } });
    },

    closeImport() {
      attempt++;
      set({ open: false, phase: { step: 'idle' } });
    },

    async chooseFile(file) {
      const mine = ++attempt;
      set({ open: true, phase: { step: 'reading', fileName: file.name } });
      try {
        if (file.size === 0) throw new Error('empty');
        const bytes = await bytesToBase64Async(new Uint8Array(await file.arrayBuffer()));
        if (mine !== attempt) return;
        const preview = await client.call('showPackage.preview', { fileName: file.name, bytes });
        if (mine !== attempt) return;
        set({ phase: { step: 'preview', preview, committing: false } });
      } catch (error) {
        if (mine !== attempt) return;
        const kind = error instanceof Error && error.message === 'empty' ? 'notPackage' : packageErrorKind(error);
        set({ phase: { step: 'failed', fileName: file.name, kind, message: errorMessage(error), detail: packageErrorDetail(error) } });
      }
    },

    async commit() {
      const phase = get().phase;
      if (phase.step !== 'preview' || phase.committing) return;
      const mine = attempt;
      set({ phase: { ...phase, committing: true } });
      try {
        const result = await client.call('showPackage.commit', { previewId: phase.preview.previewId });
        if (mine !== attempt) return;
        set({ phase: { step: 'done', result } });
        await shows.getState().reloadList();
        await shows.getState().select(result.showId);
      } catch (error) {
        if (mine !== attempt) return;
        set({
          phase: {
            step: 'failed',
            fileName: phase.preview.fileName,
            kind: packageErrorKind(error),
            message: errorMessage(error),
            detail: packageErrorDetail(error),
          },
        });
      }
    },

    async exportShow(showId, save) {
      set({ exportingId: showId, exportError: null, lastExport: null });
      try {
        const exported = await client.call('showPackage.export', { showId });
        save(exported.fileName, exported.bytes);
        set({ exportingId: null, lastExport: { showId, fileName: exported.fileName, summary: exported.summary } });
        return true;
      } catch (error) {
        set({ exportingId: null, exportError: { showId, message: errorMessage(error) } });
        return false;
      }
    },
  }));
}
