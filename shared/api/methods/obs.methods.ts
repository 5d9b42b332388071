import { ObsStatus } from '../../domain/obsStatus';
import { defineQuery, NoInput } from './defineMethod';

export const obsMethods = {
  'obs.status': defineQuery({
    summary: 'OBS connection state.',
    input: NoInput,
    output: ObsStatus,
  }),
} as const;
