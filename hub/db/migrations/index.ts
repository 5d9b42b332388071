import { migration0001 } from './0001_stores_and_devices';
import { migration0002 } from './0002_events';
import { migration0003 } from './0003_producers';
import { migration0004 } from './0004_publications';
import { migration0005 } from './0005_session_reports';
import { migration0006 } from './0006_enrollment_failures';
import { migration0007 } from './0007_session_results';
import { migration0008 } from './0008_login_failures';
import { migration0009 } from './0009_login_known_addresses';
import type { Migration } from './migration';

/** Every migration, oldest first. Add a file, then add it here. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
];
