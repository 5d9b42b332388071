/**
 * What each reported figure means, written next to it: in every JSON report (English), the Chinese CSV and the
 * Reports area. One text per figure and language, so the review and its export never explain a figure differently.
 */
/** Written into every report (`definitions`) beside the figures they explain. */
export const REPORT_DEFINITIONS = {
  durationMs: 'Session duration: session end − session start (to the report time while live).',
  peakViewers: 'Peak viewers: the highest "viewers online" reading entered.',
  averageViewers:
    'Average viewers: time-weighted mean of "viewers online" readings; each reading holds until the next one or the session end; time before the first reading is not counted.',
  uniqueViewers: 'Unique viewers: the latest platform reading of unique viewers (a running total).',
  gpmFen: 'GPM = GMV × 1000 ÷ views, rounded to the fen.',
  uvValueFen: 'UV value = GMV ÷ unique viewers, rounded to the fen.',
  averageOrderValueFen: 'Average order value = GMV ÷ buyers, rounded to the fen.',
  conversion: 'Conversion = buyers ÷ unique viewers, a ratio (0.05 = 5 %).',
  absent: 'A figure whose inputs were never entered, or whose divisor is 0, is left empty (null: not entered), never 0.',
  totalExplainMs: "Explain time: the sum of a product cue's intervals (each re-fire is a new interval).",
  overrunMs: 'Overrun: actual duration − planned duration; negative when shorter than planned.',
  startDelayMs: 'Start delay: actual start − planned start; negative when early.',
  droppedFrames: "Dropped frames: OBS's dropped-frame count at the last sample in the session minus at the first.",
  sources:
    "Source: a figure the platform's imported files give (platform) takes precedence over the counters typed during the show (typed), figure by figure; the latest import of each file replaces earlier ones. Session likes, comments, new followers, entries, orders and GMV are the trend file's per-minute sums; peak and average viewers come from its minutes (each minute's reading holds until the next); without a trend file, orders and GMV are the products file's sums (unmatched rows included).",
  platformPeakViewers: 'Peak viewers (platform): the highest per-minute viewers-online figure of the trend file.',
  platformAverageViewers:
    "Average viewers (platform): time-weighted mean of the trend file's per-minute viewers online; each minute's figure holds until the next one, the last for its own minute.",
  entries: "Entries: entries into the room (进入直播间人次), the trend file's per-minute sum; platform only.",
  clickThrough: "Click-through = a product's clicks ÷ its exposures (platform products file).",
  productConversion: "Product conversion = a product's buyers ÷ its clicks, both from the platform products file.",
  explainSales:
    "Sold while explained: the whole room's orders and GMV during a product's explain intervals; just after = in the 5 minutes after each interval ends, cut where the next product explain starts. GMV per minute = GMV while explained ÷ minutes explained. From the platform trend (a minute counts where its middle falls), else from the typed counts (to the second).",
  taskReached:
    "Task reached (platform): the trend file's figure for the counter the task watches (likes, new followers, comments, orders), over the task's runs; a minute only partly covered by a run counts by the share covered. Met when it comes to the goal.",
  unmatchedProducts:
    'Unmatched: rows of the platform products file that matched no catalog product (by platform id, SKU or title), with their figures as the file gives them.',
} satisfies Record<string, string>;
export type ReportDefinitionKey = keyof typeof REPORT_DEFINITIONS;

/** The same definitions in Chinese, for the Chinese CSV and the Reports area. */
export const REPORT_DEFINITIONS_ZH: Record<ReportDefinitionKey, string> = {
  durationMs: '直播时长 = 结束直播时间 − 开播时间（直播中则算到生成报告时）。',
  peakViewers: '最高在线 = 录入的“在线人数”读数中的最大值。',
  averageViewers: '平均在线 = “在线人数”读数的时间加权平均：每个读数持续到下一个读数或结束直播；第一个读数之前的时间不计入。',
  uniqueViewers: '观看人数 = 平台最近一次的累计观看人数读数。',
  gpmFen: 'GPM = 成交额 × 1000 ÷ 观看次数（四舍五入到分）。',
  uvValueFen: 'UV 价值 = 成交额 ÷ 观看人数（四舍五入到分）。',
  averageOrderValueFen: '客单价 = 成交额 ÷ 成交人数（四舍五入到分）。',
  conversion: '转化率 = 成交人数 ÷ 观看人数（0.05 即 5%）。',
  absent: '输入未录入或除数为 0 的指标留空（未录入），不记为 0。',
  totalExplainMs: '讲解时长 = 该商品讲解环节各段时长之和（每次返场为新的一段）。',
  overrunMs: '超时 = 实际时长 − 计划时长；提前结束为负数。',
  startDelayMs: '开始偏差 = 实际开始 − 计划开始；提前为负数。',
  droppedFrames: '丢帧 = 场次内最后一个采样的 OBS 丢帧数 − 第一个采样的丢帧数。',
  sources:
    '数据来源：平台导出文件中有的指标优先于直播中手动录入的计数，逐项取用；同类文件以最近一次导入为准。场次的点赞、评论、新增关注、进房人次、订单数和成交额为趋势文件每分钟之和；最高在线和平均在线取自其每分钟读数（每个读数持续到下一分钟）；没有趋势文件时，订单数和成交额为商品文件各行之和（含未匹配的行）。',
  platformPeakViewers: '最高在线（平台）= 趋势文件每分钟在线人数中的最大值。',
  platformAverageViewers: '平均在线（平台）= 趋势文件每分钟在线人数的时间加权平均：每分钟的数字持续到下一分钟，最后一分钟只算它自己。',
  entries: '进房人次 = 趋势文件每分钟进入直播间人次之和；仅平台数据。',
  clickThrough: '点击率 = 商品点击次数 ÷ 曝光次数（平台商品文件）。',
  productConversion: '商品转化率 = 商品成交人数 ÷ 点击次数，均取自平台商品文件。',
  explainSales:
    '讲解期间成交：该商品各讲解时段内整个直播间的订单数和成交额；讲解后 = 每段讲解结束后 5 分钟内，遇到下一个商品开始讲解即截止。每分钟讲解成交额 = 讲解期间成交额 ÷ 讲解分钟数。取自平台趋势（按每分钟的中点归属），没有趋势时取手动录入的计数（精确到秒）。',
  taskReached:
    '任务完成（平台）= 趋势文件中该任务所计指标（点赞、新增关注、评论、订单）在任务进行期间的数字之和；某分钟只有一部分在任务期间时按所占比例计入。达到目标即为完成。',
  unmatchedProducts: '未匹配商品：平台商品文件中按平台商品 ID、商品编码和标题都未能对应到商品库的行，数字按文件原样列出。',
};
