import { StoreStatus } from '../../domain/storeStatus';
import { defineMethod, NoInput } from './defineMethod';

export const storeMethods = {
  'store.status': defineMethod({
    summary: 'Database health: schema level, device id, start-up notices (restores, migrations), backups, unsent events.',
    input: NoInput,
    output: StoreStatus,
  }),
} as const;
