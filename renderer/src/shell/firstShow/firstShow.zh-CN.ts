import type { firstShowEn } from './firstShow.en';

/** 新手引导（第一场直播）、引导提示条，以及暂时不能开播的原因。 */
export const firstShowZhCN: typeof firstShowEn = {
  checklist: {
    title: '新手引导：第一场直播',
    intro: '按顺序完成，完成的步骤会自动打勾。',
    progress: '已完成 {{done}}/{{total}}',
    hide: '收起引导',
    reopen: '新手引导',
    stepLabel: '第 {{n}} 步',
    open: '打开',
    state: {
      done: '已完成',
      current: '下一步',
      todo: '未完成',
    },
    steps: {
      obs: {
        title: '连接 OBS',
        todo: '打开电脑上的 OBS。LiveCue 需要 OBS“工具 → WebSocket 服务器设置”里的端口和密码。',
        done: 'OBS 已连接。',
        action: '去连接 OBS',
      },
      graphics: {
        title: '搭建 LiveCue 图层',
        todo: '告诉 LiveCue 哪个是您的摄像头画面，它会在 OBS 中自动搭好商品卡、优惠券、倒计时等图层，叠在摄像头画面上方。',
        done: '已叠加在“{{scene}}”上。',
        needsObs: '请先完成上一步：连接 OBS。',
        missing: 'OBS 中缺少 LiveCue 图层，请重新搭建。',
        action: '选择摄像头并搭建',
      },
      products: {
        title: '添加商品',
        todo: '从表格（Excel 或 CSV）导入商品，或逐个添加。',
        done_one: '商品库中已有 {{count}} 个商品。',
        done_other: '商品库中已有 {{count}} 个商品。',
        import: '导入商品表格',
        add: '逐个添加',
      },
      show: {
        title: '准备节目单',
        todo: '把要讲的商品排成节目单：自己新建，导入别人发来的节目包，或接收总部下发的节目单。',
        empty: '节目单里还没有环节：打开节目单，添加商品讲解等环节。',
        done: '节目单已就绪。',
        create: '新建节目单',
        importPackage: '导入节目包',
        headOffice: '接收总部下发',
      },
      preflight: {
        title: '开播前检查',
        todo: '选择节目单，看看检查结果；有问题的地方会写明怎么处理。',
        done: '检查全部通过。',
        action: '查看检查',
      },
      goLive: {
        title: '开播',
        todo: '一切就绪后，按“开播”：LiveCue 会切到摄像头画面，并叠加图层。',
        done: '已经开播过。',
        action: '去开播',
      },
    },
  },
  bar: {
    text: '新手引导进行中：在这里完成后，回到“直播”继续下一步。',
    back: '回到新手引导',
  },
  start: {
    offline: 'LiveCue 服务未连接，暂时不能开播。',
    noShows: '还没有节目单：请先新建或导入一个。',
    noShow: '请先选择节目单。',
    checking: '正在检查…',
    obsNotReady: 'OBS 未连接：开播后画面上不会有 LiveCue 图层。',
    checksFailed: '有检查未通过（见上方）。',
  },
  picker: {
    none: '您的节目单会列在这里。',
    createShow: '新建节目单',
  },
};
