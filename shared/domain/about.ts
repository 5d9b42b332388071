import { z } from 'zod';

export const HostKind = z.enum(['electron', 'serve']);
export type HostKind = z.infer<typeof HostKind>;

export const About = z.object({
  appName: z.string(),
  version: z.string(),
  host: HostKind,
  dataDir: z.string(),
  databaseFile: z.string(),
  sqliteVersion: z.string(),
  nodeVersion: z.string(),
  electronVersion: z.string().nullable(),
  platform: z.string(),
  arch: z.string(),
});
export type About = z.infer<typeof About>;
