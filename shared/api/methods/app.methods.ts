import { z } from 'zod';
import { About } from '../../domain/about';
import { defineQuery, NoInput } from './defineMethod';

export const appMethods = {
  'app.about': defineQuery({
    summary: 'Application version, host, data directory and SQLite version.',
    input: NoInput,
    output: About,
  }),
  'app.ping': defineQuery({
    summary: 'Echoes a string back; used for liveness and round-trip measurement.',
    input: z.object({ echo: z.string().max(65_536) }).strict(),
    output: z.object({ echo: z.string(), serverTime: z.number() }),
  }),
} as const;
