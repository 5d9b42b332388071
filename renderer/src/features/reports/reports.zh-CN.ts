import type { reportsEn } from './reports.en';

/** 复盘区的简体中文文字。 */
export const reportsZhCN: typeof reportsEn = {
  title: '复盘',
};
