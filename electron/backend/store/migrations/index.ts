import type { Migration } from '../migration';
import { m0001Settings } from './0001_settings';
import { m0002Events } from './0002_events';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations: readonly Migration[] = [m0001Settings, m0002Events];
