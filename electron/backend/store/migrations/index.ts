import type { Migration } from '../migration';
import { m0001Settings } from './0001_settings';
import { m0002Events } from './0002_events';
import { m0003Catalog } from './0003_catalog';
import { m0004Shows } from './0004_shows';
import { m0005Sessions } from './0005_sessions';
import { m0006TaskEntry } from './0006_task_entry';
import { m0007Sync } from './0007_sync';
import { m0008RemoteDevices } from './0008_remote_devices';
import { m0009SessionSetup } from './0009_session_setup';
import { m0010ProductImportJournal } from './0010_product_import_journal';
import { m0011ProductImagesUnindexed } from './0011_product_images_unindexed';
import { m0012SearchAutomerge } from './0012_search_automerge';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  m0001Settings,
  m0002Events,
  m0003Catalog,
  m0004Shows,
  m0005Sessions,
  m0006TaskEntry,
  m0007Sync,
  m0008RemoteDevices,
  m0009SessionSetup,
  m0010ProductImportJournal,
  m0011ProductImagesUnindexed,
  m0012SearchAutomerge,
];
