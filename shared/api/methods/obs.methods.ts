import { ObsStatus } from '../../domain/obsStatus';
import { defineMethod, NoInput } from './defineMethod';

export const obsMethods = {
  'obs.status': defineMethod({
    summary: 'OBS connection state.',
    input: NoInput,
    output: ObsStatus,
  }),
} as const;
