import type { imagesEn } from './images.en';

/** 商品编辑面板中“图片”部分的简体中文文字。 */
export const imagesZhCN: typeof imagesEn = {
  legend: '图片',
  hint: '第一张是主图，用在商品卡和直播画面上。可以选择文件、粘贴（Ctrl+V）或把图片拖到这里；拖动图片或按 Alt+← / Alt+→ 调整顺序。',
  add: '添加图片…',
  none: '还没有图片。',
  main: '主图',
  image: '第 {{n}} 张图片',
  moveEarlier: '前移',
  moveLater: '后移',
  remove: '移除',
  dropHere: '松开即可添加图片',
  uploading: '正在上传 {{name}}',
  dismiss: '知道了',
  already: '{{name}} 已经在图片里了。',
  problem: {
    IMAGE_EMPTY: '{{name}}：文件是空的。',
    IMAGE_TOO_LARGE: '{{name}}：超过 10 MB，请压缩后再上传。',
    IMAGE_NOT_SUPPORTED: '{{name}}：不是 PNG、JPEG、WebP 或 GIF 图片。',
    failed: '{{name}}：上传失败（{{message}}）。',
  },
};
