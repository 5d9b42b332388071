import type { editorEn } from './editor.en';

/** 各编辑面板（商品、优惠券、互动任务）共用的文字。 */
export const editorZhCN: typeof editorEn = {
  close: '关闭',
  save: '保存',
  saving: '正在保存…',
  saved: '已保存。',
  cancel: '取消',
  delete: '删除',
  deleting: '正在删除…',
  confirmDeleteYes: '确定删除',
  offline: '未连接到后台：连接恢复后才能保存。',
  required: '必填。',
  saveFailed: '保存失败：{{message}}',
  deleteFailed: '删除失败：{{message}}',
  shortcuts: '回车或 {{mod}}S 保存 · Esc 关闭',
};
