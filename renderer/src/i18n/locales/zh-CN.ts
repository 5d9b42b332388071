import { consoleZhCN } from '../../console/console.zh-CN';
import { consoleResultsZhCN } from '../../console/results/results.zh-CN';
import { couponsZhCN } from '../../features/coupons/coupons.zh-CN';
import { headOfficeZhCN } from '../../features/headOffice/headOffice.zh-CN';
import { liveZhCN } from '../../features/live/live.zh-CN';
import { productsZhCN } from '../../features/products/products.zh-CN';
import { remoteZhCN } from '../../features/remote/remote.zh-CN';
import { platformImportZhCN } from '../../features/reports/platformImport/platformImport.zh-CN';
import { reportsZhCN } from '../../features/reports/reports.zh-CN';
import { obsZhCN } from '../../features/settings/obs.zh-CN';
import { streamGraphicsZhCN } from '../../features/settings/streamGraphics.zh-CN';
import { showsZhCN } from '../../features/shows/shows.zh-CN';
import { tasksZhCN } from '../../features/tasks/tasks.zh-CN';
import { presenterZhCN } from '../../presenter/presenter.zh-CN';
import { phoneZhCN } from '../../remote/phone.zh-CN';
import { firstShowZhCN } from '../../shell/firstShow/firstShow.zh-CN';
import { catalogZhCN } from '../../ui/catalog/catalog.zh-CN';
import { editorZhCN } from '../../ui/editor.zh-CN';
import { imagesZhCN } from '../../ui/images/images.zh-CN';
import { glossaryZhCN } from '../glossary.zh-CN';
import type { Messages } from './en';

/** 简体中文界面文字。类型为 Messages：缺少或多出任何键都是类型错误。 */
export const zhCN: Messages = {
  app: {
    name: '直播场控 LiveCue',
    title: '直播场控 LiveCue',
  },
  nav: {
    label: '功能区',
    live: '直播',
    shows: '节目单',
    products: '商品',
    reports: '复盘',
    settings: '设置',
    shortcut: '快捷键：{{keys}}',
  },
  status: {
    backend: {
      label: 'LiveCue 服务',
      connecting: '连接中…',
      connected: '正常',
      reconnecting: '重新连接中…',
      unauthorized: '访问被拒绝',
      sentence: {
        connecting: '正在连接 LiveCue 服务……',
        connected: 'LiveCue 服务运行正常。',
        reconnecting: '与 LiveCue 服务的连接中断了，正在重新连接……',
        unauthorized: 'LiveCue 服务拒绝了这个窗口。请用服务启动时显示的链接重新打开。',
      },
    },
    obs: {
      label: 'OBS',
      not_configured: '未配置',
      unknown: '未知',
    },
    transport: {
      ipc: '（桌面应用内）',
      websocket: '（浏览器经本机网络端口连接）',
    },
    about: '关于',
  },
  connection: {
    missing_token: '此页面打开时缺少访问令牌。请使用服务启动时显示的链接（以 ?token=… 结尾）打开直播场控 LiveCue。',
    rejected: 'LiveCue 服务拒绝了此窗口的访问令牌。请使用服务启动时显示的链接重新打开直播场控 LiveCue。',
    refused:
      '无法用此窗口的访问令牌连接 LiveCue 服务。服务可能已重启并更换了令牌：请打开它新显示的链接。直播场控 LiveCue 会每 30 秒重试一次。',
    retry: '立即重试',
    offline: '未连接到 LiveCue 服务。连接恢复前，操作暂不可用。',
  },
  database: {
    restoredFromBackup: '数据库已损坏，已用 {{takenAt}} 的备份替换。该备份之后的修改不在其中。损坏的文件保留在 {{damagedFile}}。',
    damagedStartedEmpty: '数据库已损坏且没有可用的备份，直播场控 LiveCue 已使用一个空数据库启动。损坏的文件保留在 {{damagedFile}}。',
    migrated: '数据库已升级到新格式。升级前已将旧数据库备份到 {{backupFile}}。',
    dismiss: '知道了',
  },
  settings: {
    live: {
      title: '直播控制台',
      debounceLabel: '忽略多少毫秒内的第二次 GO',
      debounceHint: '按键抖动或紧张时连按两下只算一次 GO。填 0 关闭。从下一场直播起生效。',
      guardLabel: '拒绝针对其他待播环节的 GO',
      guardHint: '两块屏幕同时控场时，若某块屏幕还没看到新的待播环节就按了 GO，这次 GO 会被拒绝，而不会播错环节。',
      save: '保存',
      saved: '已保存，从下一场直播起生效。',
      invalid: '请输入 0 到 2000 之间的整数毫秒。',
      failed: '无法保存：{{message}}',
    },
    language: {
      title: '语言',
      label: '界面语言',
      hint: '“跟随系统”使用电脑的语言。更改会应用到所有已打开的直播场控 LiveCue 窗口。',
      system: '跟随系统',
      saving: '正在保存…',
      failed: '无法更改语言：{{message}}',
    },
    about: {
      title: '关于',
      appName: '应用',
      version: '版本',
      host: '运行方式',
      hostElectron: '桌面应用',
      hostServe: '浏览器中的服务',
      dataDir: '数据文件夹',
      databaseFile: '数据库文件',
      sqliteVersion: 'SQLite 版本',
      nodeVersion: 'Node.js 版本',
      electronVersion: 'Electron 版本',
      platform: '平台',
      notElectron: '—',
      loading: '正在加载…',
      failed: '无法加载应用信息：{{message}}',
      reload: '重新加载',
    },
  },
  glossary: glossaryZhCN,
  editor: editorZhCN,
  obs: obsZhCN,
  streamGraphics: streamGraphicsZhCN,
  products: productsZhCN,
  catalog: catalogZhCN,
  coupons: couponsZhCN,
  tasks: tasksZhCN,
  images: imagesZhCN,
  headOffice: headOfficeZhCN,
  shows: showsZhCN,
  live: liveZhCN,
  firstShow: firstShowZhCN,
  remote: remoteZhCN,
  phone: phoneZhCN,
  presenter: presenterZhCN,
  reports: reportsZhCN,
  consoleResults: consoleResultsZhCN,
  platformImport: platformImportZhCN,
  // The head-office web console (renderer/console).
  console: consoleZhCN,
  punctuation: {
    colon: '：',
  },
  errors: {
    boundary: '显示此页面时出错。您的节目数据是安全的。',
    reload: '重新加载窗口',
  },
};
