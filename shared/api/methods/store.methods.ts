import { StoreStatus } from '../../domain/storeStatus';
import { defineQuery, NoInput } from './defineMethod';

export const storeMethods = {
  'store.status': defineQuery({
    summary: 'Database health: schema level, device id, start-up notices (restores, migrations), backups, unsent events.',
    input: NoInput,
    output: StoreStatus,
  }),
} as const;
