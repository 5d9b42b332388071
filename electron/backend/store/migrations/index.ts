import type { Migration } from '../migration';
import { m0001Settings } from './0001_settings';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations: readonly Migration[] = [m0001Settings];
