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
} satisfies Record<string, string>;
export type ReportDefinitionKey = keyof typeof REPORT_DEFINITIONS;

/** The same definitions in Chinese, for the Chinese CSV and the Reports area. */
export const REPORT_DEFINITIONS_ZH: Record<ReportDefinitionKey, string> = {
  durationMs: '直播时长 = 结束直播时间 − 开播时间（直播中则算到生成报告时）。',
  peakViewers: '最高在线 = 录入的“在线人数”读数中的最大值。',
  averageViewers: '平均在线 = “在线人数”读数的时间加权平均：每个读数持续到下一个读数或结束直播；第一个读数之前的时间不计入。',
  uniqueViewers: '观看人数 = 平台最近一次的累计观看人数读数。',
  gpmFen: 'GPM = GMV × 1000 ÷ 观看次数（四舍五入到分）。',
  uvValueFen: 'UV 价值 = GMV ÷ 观看人数（四舍五入到分）。',
  averageOrderValueFen: '客单价 = GMV ÷ 成交人数（四舍五入到分）。',
  conversion: '转化率 = 成交人数 ÷ 观看人数（0.05 即 5%）。',
  absent: '输入未录入或除数为 0 的指标留空（未录入），不记为 0。',
  totalExplainMs: '讲解时长 = 该商品讲解环节各段时长之和（每次返场为新的一段）。',
  overrunMs: '超时 = 实际时长 − 计划时长；提前结束为负数。',
  startDelayMs: '开始偏差 = 实际开始 − 计划开始；提前为负数。',
  droppedFrames: '丢帧 = 场次内最后一个采样的 OBS 丢帧数 − 第一个采样的丢帧数。',
};
