import type { showsEn } from './shows.en';

/** 节目单区的简体中文文字。 */
export const showsZhCN: typeof showsEn = {
  title: '节目单',
};
