import type { presenterEn } from './presenter.en';

/** 提词器页面的简体中文文字。 */
export const presenterZhCN: typeof presenterEn = {
  title: '直播场控 提词器',
  now: '播出中',
  next: '下一条',
  nothing: '—',
  clock: { remaining: '剩余', overtime: '超时', elapsed: '已播' },
  session: '本场',
  noSession: '当前没有直播。电脑开播后，提词器自动开始。',
  showEnded: '本场直播已结束。',
  points: {
    none: '这个商品还没有讲解要点。',
    noProduct: '讲解商品时，这里会滚动显示它的讲解要点。',
    upcoming: '即将讲解：{{title}}',
    loading: '正在读取讲解要点…',
  },
  controls: {
    label: '提词器控制',
    pause: '暂停',
    resume: '继续',
    speed: '速度 {{speed}}',
    slower: '减速',
    faster: '加速',
    size: '字号 {{size}}',
    smaller: '缩小文字',
    larger: '放大文字',
    mirror: '镜像',
    top: '回到开头',
    keys: '空格 暂停 · ↑ ↓ 速度 · + − 字号 · M 镜像',
  },
  connection: {
    connecting: '连接中…',
    connected: '已连接',
    reconnecting: '正在重连…',
    unauthorized: '访问被拒绝',
  },
  refused: '提词器链接无效，或此设备已被电脑停用。请在电脑上重新打开提词器，或重新配对此设备。',
};
