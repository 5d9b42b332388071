import { couponOff30, endLiveSession, type Invoker, must } from './overlayShow';

export interface RemoteShow {
  sessionId: string;
  /** Cue ids in show order, and their titles as the screens show them. */
  cues: { dress: string; coupon: string; serum: string; note: string };
  titles: { dress: string; serum: string };
}

/** Enough talking points that the prompter has something to scroll at any size. */
const DRESS_POINTS = [
  '100% 桑蚕丝面料，22 姆米重磅真丝，垂感好，夏天穿着透气不闷热。',
  '法式复古碎花，收腰设计，显瘦不挑身材，S 到 XL 四个尺码都有现货。',
  '今天直播间专属价 ¥199，比日常价便宜一半，下单再送同款真丝发圈。',
  '可以机洗，选轻柔模式，反面晾干，不会起球也不会褪色。',
  '三个颜色：雾霾蓝、奶油白、樱花粉，小个子选 S 码刚好到小腿。',
  '七天无理由退换，运费险已经帮大家买好了，放心拍。',
  '前 100 单额外赠送真丝眼罩一个，数量有限，先到先得。',
  '主播身高 165，体重 52 公斤，穿的是 M 码，大家可以参考。',
];

/** A short show, live: a dress explained (with talking points), a coupon drop, a serum, a note. Standby: the dress. */
export async function goLiveForRemotes(api: Invoker, tag: string): Promise<RemoteShow> {
  await endLiveSession(api);
  const now = Date.now();
  const dress = await must<{ id: string; title: string }>(api, 'product.create', {
    sku: `RM-${tag}-1`,
    title: `真丝连衣裙 夏季新款 ${tag}`,
    livePriceFen: 19_900,
    sellingPoints: DRESS_POINTS,
  });
  const serum = await must<{ id: string; title: string }>(api, 'product.create', {
    sku: `RM-${tag}-2`,
    title: `修护精华液 30ml ${tag}`,
    livePriceFen: 12_990,
    sellingPoints: ['一支抵三支：修护、保湿、提亮。'],
  });
  const coupon = await must<{ id: string }>(api, 'coupon.create', couponOff30(now));
  const show = await must<{ id: string }>(api, 'show.create', { name: `夏季上新专场 ${tag}` });
  const cue = async (type: string, config: Record<string, unknown>) =>
    (await must<{ id: string }>(api, 'cue.insert', { showId: show.id, type, config })).id;
  const cues = {
    dress: await cue('product', { productId: dress.id }),
    coupon: await cue('coupon', { couponId: coupon.id, countdownMs: 300_000 }),
    serum: await cue('product', { productId: serum.id }),
    note: await cue('note', { text: '下播前感谢大家' }),
  };
  const view = await must<{ sessionId: string }>(api, 'session.start', { showId: show.id });
  return { sessionId: view.sessionId, cues, titles: { dress: dress.title, serum: serum.title } };
}

/** Sends a live command as the PC's console would. */
export async function consoleCommand(api: Invoker, sessionId: string, command: Record<string, unknown>) {
  return must<{
    state: { standbyId: string | null; counters: Record<string, number>; panicAt: number | null; running: { cueId: string }[] };
  }>(api, 'session.command', { sessionId, command });
}
