import type { glossaryEn } from './glossary.en';

/** 统一用词（DESIGN.md “Words”）：各功能区的环节类型、任务类型、优惠券类型都引用这里，不另写一份。 */
export const glossaryZhCN: typeof glossaryEn = {
  term: {
    show: '节目单',
    cue: '环节',
    standby: '待播',
    onAir: '播出中',
    done: '已播出',
    notYet: '未播出',
    coupon: '优惠券',
    flashPrice: '秒杀价',
    followerTask: '互动任务',
    panic: '紧急切换',
    safeScene: '安全画面',
    goLive: '开播',
    endSession: '结束直播',
    review: '复盘',
    sale: '成交',
    gmv: '成交额',
    gpm: '千次观看成交额',
    uvValue: 'UV价值',
    averageOrderValue: '客单价',
    headOffice: '总部',
    store: '门店',
    publish: '下发',
    sync: '同步',
    prompter: '提词器',
    remote: '遥控',
  },
  cueType: {
    product: '讲解',
    coupon: '发券',
    flash_sale: '秒杀',
    giveaway: '福袋',
    task: '互动任务',
    scene: '切换场景',
    note: '备注',
  },
  taskType: {
    follow: '关注',
    fan_club: '粉丝团',
    like_goal: '点赞目标',
    share: '分享',
    comment_keyword: '评论口令',
    giveaway: '福袋',
  },
  couponType: {
    threshold: '满减',
    direct: '直降',
    percent: '折扣',
    newcomer: '新人礼金',
    share: '裂变券',
    flash_price: '秒杀价',
  },
};

/** 已被统一用词取代的说法，以及应当使用的词。 */
export const REPLACED_WORDS_ZH: Readonly<Record<string, string>> = {
  提示: '环节（或“备注”“说明”）',
  粉丝任务: '互动任务',
  抽奖: '福袋',
  下播: '结束直播',
};
