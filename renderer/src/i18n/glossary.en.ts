/**
 * The product's words, one set everywhere (DESIGN.md, "Words"). Every feature names cue types, task types and coupon
 * types through this fragment (`glossary.*`) instead of its own copy; glossary.test.ts fails when a feature's text
 * redefines one of them or uses a word the glossary replaced.
 */
export const glossaryEn = {
  term: {
    show: 'show',
    cue: 'cue',
    standby: 'standby',
    onAir: 'on air',
    done: 'done',
    notYet: 'not yet',
    coupon: 'coupon',
    flashPrice: 'flash price',
    followerTask: 'follower task',
    panic: 'PANIC',
    safeScene: 'safe scene',
    goLive: 'go live',
    endSession: 'end session',
    review: 'review',
    sale: 'sale',
    gmv: 'GMV',
    gpm: 'GPM',
    uvValue: 'UV value',
    averageOrderValue: 'average order value',
    headOffice: 'head office',
    store: 'store',
    publish: 'publish to stores',
    sync: 'sync',
    prompter: 'prompter',
    remote: 'remote',
  },
  /** A cue's type (shared/domain/catalog/show.ts CueType). */
  cueType: {
    product: 'Product explain',
    coupon: 'Coupon drop',
    flash_sale: 'Flash sale',
    giveaway: 'Giveaway',
    task: 'Follower task',
    scene: 'Scene switch',
    note: 'Note',
  },
  /** A follower task's type (shared/domain/catalog/loyaltyTask.ts TaskType). */
  taskType: {
    follow: 'Follow',
    fan_club: 'Fan club',
    like_goal: 'Like goal',
    share: 'Share',
    comment_keyword: 'Comment password',
    giveaway: 'Giveaway',
  },
  /** A coupon's type (shared/domain/catalog/coupon.ts CouponType). */
  couponType: {
    threshold: 'Spend & save',
    direct: 'Price cut',
    percent: 'Percent off',
    newcomer: 'Newcomer gift',
    share: 'Share coupon',
    flash_price: 'Flash price',
  },
};

/**
 * Words the glossary replaced, with the word to use instead. English is matched whole-word (plural too) and
 * case-insensitively.
 * ("Idle" read as "not yet" in the console; "loyalty task" is the backend's name for a follower task.)
 */
export const REPLACED_WORDS_EN: Readonly<Record<string, string>> = {
  'loyalty task': 'follower task',
  'lucky bag': 'giveaway',
  'prize draw': 'giveaway',
  'comment keyword': 'comment password',
  idle: 'not yet',
};
