import { ImportField, type ImportPlatform } from '../../../shared/domain/import/importField';
import type { ColumnInfo, ManualMapping, MappingMatch } from '../../../shared/domain/import/importPreview';
import { cellText, isBlankRow, type RawRow } from './cell';

/** Header words merchants use, per field, in the exact-match form (see `headerKey`). */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  sku: [
    'sku',
    'skuid',
    'skucode',
    'itemid',
    'productid',
    'code',
    '商品id',
    '商品编码',
    '商品编号',
    '商家编码',
    '货号',
    '商品货号',
    '编码',
    '款号',
    '产品编码',
    'sku编码',
    '商品sku编码',
  ],
  title: [
    'title',
    'name',
    'productname',
    'itemname',
    '商品名称',
    '商品标题',
    '商品名',
    '标题',
    '名称',
    '品名',
    '产品名称',
    '宝贝名称',
    '宝贝标题',
  ],
  // 宝贝卖点 is Taobao's one-line tagline under the title (field id "subtitle"), not a talking point.
  subtitle: ['subtitle', '副标题', '宝贝卖点'],
  listPrice: [
    'listprice',
    'price',
    'originalprice',
    'retailprice',
    '价格',
    '售价',
    '原价',
    '划线价',
    '吊牌价',
    '零售价',
    '日常价',
    '市场价',
    '销售价',
    '单价',
    '宝贝价格',
  ],
  livePrice: ['liveprice', 'saleprice', 'promoprice', '直播价', '到手价', '活动价', '秒杀价', '促销价', '直播间价格'],
  stock: ['stock', 'qty', 'quantity', 'inventory', '库存', '库存数量', '可售库存', '数量', '宝贝数量'],
  category: ['category', '类目', '分类', '商品类目', '品类', '商品分类'],
  tags: ['tags', 'tag', 'labels', '标签', '商品标签'],
  sellingPoints: ['sellingpoints', 'sellingpoint', 'talkingpoints', '卖点', '话术', '商品卖点', '讲解要点', '口播话术'],
  'platformId.taobao': ['taobaoid', '淘宝id', '淘宝商品id'],
  'platformId.tmall': ['tmallid', '天猫id', '天猫商品id'],
  'platformId.douyin': ['douyinid', '抖音id', '抖音商品id', '抖店id', '抖店商品id'],
  'platformId.kuaishou': ['kuaishouid', '快手id', '快手商品id'],
  'platformId.pinduoduo': ['pinduoduoid', 'pddid', '拼多多id', '拼多多商品id'],
  'platformId.jd': ['jdid', '京东id', '京东商品id', '京东sku'],
  'platformId.xiaohongshu': ['xiaohongshuid', 'redid', '小红书id', '小红书商品id'],
  'platformId.weixin': ['weixinid', 'wechatid', '视频号id', '视频号商品id', '微信小店id'],
};

/** Platform names as they appear inside headers such as "商品ID(抖音)". */
const PLATFORM_WORDS: Record<ImportPlatform, readonly string[]> = {
  taobao: ['淘宝', 'taobao'],
  tmall: ['天猫', 'tmall'],
  douyin: ['抖音', '抖店', 'douyin'],
  kuaishou: ['快手', 'kuaishou'],
  pinduoduo: ['拼多多', 'pinduoduo', 'pdd'],
  jd: ['京东', 'jd'],
  xiaohongshu: ['小红书', 'xiaohongshu'],
  weixin: ['视频号', '微信', 'weixin', 'wechat'],
};
const ID_WORDS = ['id', '编码', '编号'];

/**
 * SKU words that name an id the platform assigned (抖店 and 快手 exports carry one beside the
 * merchant's own code): on a tie the merchant's code is the SKU, since it is the same on every platform.
 */
const PLATFORM_ASSIGNED_SKU_KEYS = new Set(['商品id', 'itemid', 'productid', 'skuid', '商品编号']);

/**
 * Headers that contain a field word but hold ids or flags (淘宝助理: 宝贝类目 is a category number,
 * 店铺类目 a list of shop-category ids, 宝贝分类 a flag); they are left unmapped, not guessed.
 */
const NOT_A_FIELD_KEYS = new Set(['宝贝类目', '店铺类目', '宝贝分类']);

const CONFIDENCE: Record<MappingMatch, number> = { exact: 1, manual: 1, normalised: 0.9, partial: 0.6, none: 0 };

const exactIndex = new Map<string, ImportField>();
for (const field of ImportField.options) for (const word of SYNONYMS[field]) exactIndex.set(word, field);
const partialWords = [...exactIndex.entries()].filter(([w]) => w.length >= 2);

/**
 * Exact-match form of a header: full-width → half-width (NFKC turns "ＳＫＵ" into "SKU" and
 * "（" into "("), lower case, no whitespace at all (Excel headers often carry stray spaces).
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');
}

/** Looser form: also drops bracketed notes ("价格(元)", "标题【必填】"), required-markers and separators. */
export function looseHeaderKey(header: string): string {
  return headerKey(header)
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕|<[^>]*>/g, '')
    .replace(/[*:：_\-.#/\\]/g, '');
}

/** Text inside brackets, where merchants put the platform: "商品ID(抖音)". */
function bracketNotes(header: string): string {
  const notes = headerKey(header).match(/\(([^)]*)\)|\[([^\]]*)\]|【([^】]*)】/g) ?? [];
  return notes.join('');
}

export interface HeaderGuess {
  field: ImportField | null;
  match: MappingMatch;
}

/** The field one header most likely means, and how sure the guess is. */
export function guessField(header: string): HeaderGuess {
  const key = headerKey(header);
  if (NOT_A_FIELD_KEYS.has(key)) return { field: null, match: 'none' };
  const exact = exactIndex.get(key);
  if (exact) return { field: exact, match: 'exact' };
  const loose = looseHeaderKey(header);
  if (loose === '') return { field: null, match: 'none' };
  const platform = platformIdIn(loose + bracketNotes(header));
  if (platform) return { field: platform, match: 'normalised' };
  const normalised = exactIndex.get(loose);
  if (normalised) return { field: normalised, match: 'normalised' };
  const partial = bestContainedWord(loose);
  return partial ? { field: partial, match: 'partial' } : { field: null, match: 'none' };
}

/**
 * The synonym inside a header: the longest ("直播价格" is 直播价, not 价格), then the earliest,
 * since a Chinese header puts the qualifier first ("类目名称" is a category, not a product name).
 */
function bestContainedWord(loose: string): ImportField | null {
  let best: { field: ImportField; length: number; at: number } | null = null;
  for (const [word, field] of partialWords) {
    const at = loose.indexOf(word);
    if (at < 0) continue;
    if (!best || word.length > best.length || (word.length === best.length && at < best.at)) best = { field, length: word.length, at };
  }
  return best?.field ?? null;
}

function platformIdIn(text: string): ImportField | null {
  if (!ID_WORDS.some((w) => text.includes(w))) return null;
  for (const [platform, words] of Object.entries(PLATFORM_WORDS)) {
    if (words.some((w) => text.includes(w))) return ImportField.parse(`platformId.${platform}`);
  }
  return null;
}

/**
 * Maps every column of the header row. When two columns claim the same field the surer one keeps
 * it (the first on a tie); the other is left unmapped and says which column won, so the user sees
 * why and can swap them.
 */
export function mapHeaders(headers: readonly string[]): ColumnInfo[] {
  const columns: ColumnInfo[] = headers.map((header, index) => {
    const guess = guessField(header);
    return { index, header, field: guess.field, confidence: CONFIDENCE[guess.match], match: guess.match };
  });
  const winner = new Map<ImportField, ColumnInfo>();
  for (const column of columns) {
    if (!column.field) continue;
    const current = winner.get(column.field);
    if (!current || column.confidence > current.confidence || (column.confidence === current.confidence && yieldsSku(current, column))) {
      winner.set(column.field, column);
    }
  }
  return columns.map((column) => {
    if (!column.field) return column;
    const won = winner.get(column.field);
    if (won === column || !won) return column;
    return { index: column.index, header: column.header, field: null, confidence: 0, match: 'none', conflictsWith: won.index };
  });
}

/** True when `current` holds the SKU with a platform-assigned id and `challenger` with the merchant's code. */
function yieldsSku(current: ColumnInfo, challenger: ColumnInfo): boolean {
  if (current.field !== 'sku') return false;
  const assigned = (c: ColumnInfo) => PLATFORM_ASSIGNED_SKU_KEYS.has(looseHeaderKey(c.header));
  return assigned(current) && !assigned(challenger);
}

export class MappingError extends Error {
  readonly code = 'MAPPING_INVALID';
}

/**
 * Applies the user's corrections on top of the automatic mapping. A field the user gives to a
 * column is taken away from whichever column had it automatically.
 */
export function applyManualMapping(columns: readonly ColumnInfo[], manual: ManualMapping): ColumnInfo[] {
  const chosen = new Map<number, ImportField | null>();
  const claimed = new Map<ImportField, number>();
  for (const [key, field] of Object.entries(manual)) {
    const index = Number(key);
    if (!columns[index]) throw new MappingError(`Column ${index + 1} does not exist (the header row has ${columns.length} columns).`);
    if (field) {
      const other = claimed.get(field);
      if (other !== undefined) throw new MappingError(`Columns ${other + 1} and ${index + 1} are both mapped to "${field}".`);
      claimed.set(field, index);
    }
    chosen.set(index, field);
  }
  return columns.map((column): ColumnInfo => {
    const { index, header } = column;
    if (chosen.has(index)) {
      const field = chosen.get(index) ?? null;
      return field
        ? { index, header, field, confidence: 1, match: 'manual' }
        : { index, header, field: null, confidence: 0, match: 'manual' };
    }
    if (column.field && claimed.has(column.field)) return { index, header, field: null, confidence: 0, match: 'none' };
    return column;
  });
}

/** Field → column index, for the row validator. */
export function fieldColumns(columns: readonly ColumnInfo[]): Map<ImportField, number> {
  const map = new Map<ImportField, number>();
  for (const column of columns) if (column.field) map.set(column.field, column.index);
  return map;
}

const HEADER_SEARCH_ROWS = 10;

/**
 * The header row: among the top rows whose cells name at least two fields, one of them SKU or
 * title, the one whose headers are recognised best (the first on a tie). Merchant sheets often
 * start with a title line ("双11商品清单"), and seller-tool exports with a version line and a line
 * of field ids (淘宝助理: "title  price  outer_id") above the real header; the ids name fewer fields.
 * Falls back to the first non-blank row, so a file with unknown headers can still be mapped by hand.
 */
export function findHeaderRow(rows: readonly RawRow[]): RawRow | null {
  // Stops at the first HEADER_SEARCH_ROWS filled rows: a whole-file pass here would hold the event loop.
  const candidates: RawRow[] = [];
  for (const r of rows) {
    if (candidates.length >= HEADER_SEARCH_ROWS) break;
    if (!isBlankRow(r.cells)) candidates.push(r);
  }
  let best: { row: RawRow; score: number } | null = null;
  for (const row of candidates) {
    const score = headerScore(row);
    if (score > 0 && (!best || score > best.score)) best = { row, score };
  }
  return best?.row ?? candidates[0] ?? null;
}

/** Sum of the surest guess per field named in the row; 0 when the row cannot be a header. */
function headerScore(row: RawRow): number {
  const surest = new Map<ImportField, number>();
  for (const cell of row.cells) {
    const guess = guessField(cellText(cell));
    if (guess.field) surest.set(guess.field, Math.max(surest.get(guess.field) ?? 0, CONFIDENCE[guess.match]));
  }
  if (surest.size < 2 || !(surest.has('sku') || surest.has('title'))) return 0;
  let score = 0;
  for (const confidence of surest.values()) score += confidence;
  return score;
}
