import { ImportField, type ImportPlatform } from '../../../shared/domain/import/importField';
import type { ColumnInfo, ManualMapping } from '../../../shared/domain/import/importPreview';
import type { RawRow } from './cell';
import {
  applyManualMapping as applyManual,
  createHeaderDictionary,
  findHeaderRowBy,
  type HeaderGuess as Guess,
  headerKey,
  headerRowScore,
  looseHeaderKey,
  resolveColumns,
} from './headerDictionary';

export { fieldColumns, headerKey, looseHeaderKey, MappingError } from './headerDictionary';

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

const dictionary = createHeaderDictionary(SYNONYMS);

/** Text inside brackets, where merchants put the platform: "商品ID(抖音)". */
function bracketNotes(header: string): string {
  const notes = headerKey(header).match(/\(([^)]*)\)|\[([^\]]*)\]|【([^】]*)】/g) ?? [];
  return notes.join('');
}

export type HeaderGuess = Guess<ImportField>;

/** The field one header most likely means, and how sure the guess is. */
export function guessField(header: string): HeaderGuess {
  const key = headerKey(header);
  if (NOT_A_FIELD_KEYS.has(key)) return { field: null, match: 'none' };
  const exact = dictionary.exact(key);
  if (exact) return { field: exact, match: 'exact' };
  const loose = looseHeaderKey(header);
  if (loose === '') return { field: null, match: 'none' };
  const platform = platformIdIn(loose + bracketNotes(header));
  if (platform) return { field: platform, match: 'normalised' };
  const normalised = dictionary.exact(loose);
  if (normalised) return { field: normalised, match: 'normalised' };
  const partial = dictionary.contained(loose);
  return partial ? { field: partial, match: 'partial' } : { field: null, match: 'none' };
}

function platformIdIn(text: string): ImportField | null {
  if (!ID_WORDS.some((w) => text.includes(w))) return null;
  for (const [platform, words] of Object.entries(PLATFORM_WORDS)) {
    if (words.some((w) => text.includes(w))) return ImportField.parse(`platformId.${platform}`);
  }
  return null;
}

/** Maps every column of the header row (see `resolveColumns`); on a SKU tie the merchant's own code wins. */
export function mapHeaders(headers: readonly string[]): ColumnInfo[] {
  return resolveColumns(headers, guessField, yieldsSku);
}

/** True when `current` holds the SKU with a platform-assigned id and `challenger` with the merchant's code. */
function yieldsSku(current: ColumnInfo, challenger: ColumnInfo): boolean {
  if (current.field !== 'sku') return false;
  const assigned = (c: ColumnInfo) => PLATFORM_ASSIGNED_SKU_KEYS.has(looseHeaderKey(c.header));
  return assigned(current) && !assigned(challenger);
}

/** The user's corrections on top of the automatic mapping (see headerDictionary). */
export function applyManualMapping(columns: readonly ColumnInfo[], manual: ManualMapping): ColumnInfo[] {
  return applyManual(columns, manual);
}

/**
 * The header row: among the top rows whose cells name at least two fields, one of them SKU or
 * title, the one whose headers are recognised best. Seller-tool exports put a version line and a
 * line of field ids (淘宝助理: "title  price  outer_id") above the real header; the ids name fewer fields.
 */
export function findHeaderRow(rows: readonly RawRow[]): RawRow | null {
  return findHeaderRowBy(rows, (row) => headerRowScore(row, guessField, ['sku', 'title']));
}
