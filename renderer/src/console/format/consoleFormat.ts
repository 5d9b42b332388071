import type { TFunction } from 'i18next';
import type { PublicationTarget } from '../../../../shared/api/hub/hubPublications';

/** A GMV in yuan, grouped, without the ¥ (the text around it says 元): "12,345", "12,345.60". */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  const cents = abs % 100;
  return `${sign}${whole}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`;
}

/** A whole count, grouped: "12,345". */
export const count = (n: number): string => n.toLocaleString('en-US');

/** Who a publication went to: 全部门店 / 区域 华东 / 分组 旗舰店 / 门店 S001. */
export function targetText(t: TFunction, target: PublicationTarget): string {
  switch (target.kind) {
    case 'all':
      return t('console.publications.target.all');
    case 'region':
      return t('console.publications.target.region', { name: target.region });
    case 'group':
      return t('console.publications.target.group', { name: target.group });
    case 'store':
      return t('console.publications.target.store', { name: target.storeCode });
  }
}

/** Regions an account covers, in the reader's list style ("华东、华南"); empty = every region. */
export function regionsText(t: TFunction, regions: readonly string[], language: string): string {
  if (regions.length === 0) return t('console.header.allRegions');
  return regions.join(language.startsWith('zh') ? '、' : ', ');
}
