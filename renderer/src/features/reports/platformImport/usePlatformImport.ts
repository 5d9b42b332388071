import { useEffect, useRef, useState } from 'react';
import { ApiCallError } from '../../../../../shared/api/errors';
import type { LivePlatform, PlatformFileKind } from '../../../../../shared/domain/platform/platformData';
import type {
  PlatformField,
  PlatformImportPreview,
  PlatformImportResult,
  PlatformMapping,
} from '../../../../../shared/domain/platform/platformImport';
import { bytesToBase64Async } from '../../../files/base64';
import { useAppState } from '../../../state/AppStateContext';
import { withColumnField } from '../../../state/products/mapping';

export type ImportPhase = 'choose' | 'reading' | 'preview' | 'rechecking' | 'committing' | 'done';

/**
 * The dialog's state and its calls to the backend: the file is read once and previewed for the
 * chosen platform and kind (again when either changes), the mapping is corrected on the backend's
 * preview, and the import commits that preview.
 */
export function usePlatformImport(sessionId: string, onImported: () => void) {
  const { client } = useAppState();
  const [platform, setPlatformState] = useState<LivePlatform>('douyin');
  const [kind, setKindState] = useState<PlatformFileKind>('products');
  const [phase, setPhase] = useState<ImportPhase>('choose');
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<PlatformImportPreview | null>(null);
  const [result, setResult] = useState<PlatformImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const file = useRef<{ fileName: string; bytesBase64: string } | null>(null);
  // Only the newest request's answer is shown: a quick second pick must not be overwritten by the first.
  const generation = useRef(0);
  // The preview the backend holds for this dialog (not imported): forgotten once nothing shows it any more.
  const held = useRef<string | null>(null);
  const forget = (previewId: string | null = held.current) => {
    if (previewId === held.current) held.current = null;
    if (previewId) void client.call('platformImport.discard', { previewId }).catch(() => {});
  };
  // Closing the dialog leaves nothing held on the backend: what it holds now, and (as overtaken) any answer still to come.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on unmount only; forget reads the refs of the time
  useEffect(
    () => () => {
      generation.current++;
      forget();
    },
    [],
  );

  /** `onError`: where a failure leaves the dialog (the held preview only while it still stands for the choices shown). */
  async function run(next: ImportPhase, work: () => Promise<void>, after: ImportPhase, onError: ImportPhase): Promise<void> {
    const mine = ++generation.current;
    setPhase(next);
    setError(null);
    try {
      await work();
      if (mine === generation.current) setPhase(after);
    } catch (e) {
      if (mine !== generation.current) return;
      setError(e instanceof ApiCallError || e instanceof Error ? e.message : String(e));
      setPhase(onError);
    }
  }

  /** Checks the preview again with a corrected mapping or a picked row; ignored while anything else is under way. */
  function recheck(change: { mapping?: PlatformMapping; choices?: Record<string, number> }) {
    if (!preview || phase !== 'preview') return;
    const { previewId } = preview;
    void run(
      'rechecking',
      async () => setPreview(await client.call('platformImport.remap', { previewId, ...change })),
      'preview',
      'preview',
    );
  }

  async function previewWith(p: LivePlatform, k: PlatformFileKind): Promise<void> {
    const picked = file.current;
    if (!picked) return;
    const mine = generation.current;
    const answer = await client.call('platformImport.preview', { sessionId, platform: p, kind: k, ...picked });
    // An answer overtaken by a newer pick is never shown: forgotten at once.
    if (mine !== generation.current) return forget(answer.previewId);
    forget();
    held.current = answer.previewId;
    setPreview(answer);
  }

  return {
    platform,
    kind,
    phase,
    fileName,
    preview,
    result,
    error,
    // The preview held was read for the other platform or kind: it goes, so it can never be imported under this one.
    setPlatform(p: LivePlatform) {
      setPlatformState(p);
      setPreview(null);
      forget();
      if (file.current) void run('reading', () => previewWith(p, kind), 'preview', 'choose');
    },
    setKind(k: PlatformFileKind) {
      setKindState(k);
      setPreview(null);
      forget();
      if (file.current) void run('reading', () => previewWith(platform, k), 'preview', 'choose');
    },
    pickFile(picked: File) {
      setFileName(picked.name);
      setPreview(null);
      forget();
      void run(
        'reading',
        async () => {
          const bytesBase64 = await bytesToBase64Async(new Uint8Array(await picked.arrayBuffer()));
          file.current = { fileName: picked.name, bytesBase64 };
          await previewWith(platform, kind);
        },
        'preview',
        'choose',
      );
    },
    mapColumn(columnIndex: number, field: PlatformField | null) {
      if (preview) recheck({ mapping: withColumnField(preview.columns, columnIndex, field) });
    },
    /** Imports `row` for the product or minute `key` the file repeats (the others of it are left out). */
    chooseRow(key: string, row: number) {
      recheck({ choices: { [key]: row } });
    },
    commit(skipInvalid: boolean) {
      if (!preview) return;
      void run(
        'committing',
        async () => {
          setResult(await client.call('platformImport.commit', { previewId: preview.previewId, skipInvalid }));
          // Imported: the backend let it go itself.
          if (held.current === preview.previewId) held.current = null;
          onImported();
        },
        'done',
        'preview',
      );
    },
    restart() {
      generation.current++;
      forget();
      file.current = null;
      setFileName(null);
      setPreview(null);
      setResult(null);
      setError(null);
      setPhase('choose');
    },
  };
}

export type PlatformImportModel = ReturnType<typeof usePlatformImport>;
