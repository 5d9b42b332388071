import { z } from 'zod';
import { LivePlatform, PlatformFileKind } from '../../domain/platform/platformData';
import { PlatformChoices, PlatformImportPreview, PlatformImportResult, PlatformMapping } from '../../domain/platform/platformImport';
import { defineMethod, defineQuery } from './defineMethod';
import { fileUpload } from './import.methods';

/** Largest platform export accepted, before base64: far above a show's few hundred rows or minutes. */
export const PLATFORM_IMPORT_MAX_BYTES = 20 * 1024 * 1024;

const PreviewId = z.string().min(1).max(100);

export const platformImportMethods = {
  'platformImport.preview': defineQuery({
    summary:
      "Reads a platform's per-product results file or per-minute trend file (CSV in any encoding, or XLSX; bytes as base64) for an ended session and says what importing it would store: mapping, per-row issues, duplicates, catalog matches. Writes nothing.",
    input: z
      .object({
        sessionId: z.string().min(1).max(100),
        platform: LivePlatform,
        kind: PlatformFileKind,
        ...fileUpload(PLATFORM_IMPORT_MAX_BYTES),
        mapping: PlatformMapping.optional(),
        choices: PlatformChoices.optional(),
      })
      .strict(),
    output: PlatformImportPreview,
  }),
  'platformImport.remap': defineQuery({
    summary:
      'Re-checks a preview with a corrected column mapping (column index → field, or null to ignore) and/or the row to keep for a repeated product or minute.',
    input: z.object({ previewId: PreviewId, mapping: PlatformMapping.optional(), choices: PlatformChoices.optional() }).strict(),
    output: PlatformImportPreview,
  }),
  'platformImport.commit': defineMethod({
    summary:
      'Stores a preview as one session event (platform.products or platform.trend) and remembers the hand-corrected mapping for this platform and file kind, in one transaction. Refused while rows are invalid unless skipInvalid is true.',
    input: z.object({ previewId: PreviewId, skipInvalid: z.boolean().default(false) }).strict(),
    output: PlatformImportResult,
  }),
  'platformImport.discard': defineQuery({
    summary: 'Forgets a preview.',
    input: z.object({ previewId: PreviewId }).strict(),
    output: z.object({ discarded: z.literal(true) }),
  }),
} as const;
