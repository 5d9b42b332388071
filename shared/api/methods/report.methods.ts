import { z } from 'zod';
import { SessionReport } from '../../domain/report/sessionReport';
import { defineQuery } from './defineMethod';

export const reportMethods = {
  'report.session': defineQuery({
    summary: 'The post-live review of a session, computed from its events (figures whose inputs were never entered are null, not 0).',
    input: z.object({ sessionId: z.string().min(1) }).strict(),
    output: SessionReport,
  }),
  'report.export': defineQuery({
    summary: 'The review as JSON (stable, versioned schema) or CSV (UTF-8 with BOM, formula-guarded), in Chinese or English.',
    input: z
      .object({ sessionId: z.string().min(1), format: z.enum(['json', 'csv']), language: z.enum(['zh-CN', 'en']).default('zh-CN') })
      .strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() }),
  }),
} as const;
