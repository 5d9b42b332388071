/** English text of a product's images in its editor. Its shape is the key set the Chinese file must match. */
export const imagesEn = {
  legend: 'Images',
  hint: 'The first image is the main one: it goes on the product card and on stream. Choose files, paste (Ctrl+V) or drop images here; drag them, or use Alt+← / Alt+→, to change the order.',
  add: 'Add images…',
  none: 'No images yet.',
  main: 'Main image',
  image: 'Image {{n}}',
  moveEarlier: 'Move earlier',
  moveLater: 'Move later',
  remove: 'Remove',
  dropHere: 'Drop to add the images',
  uploading: 'Uploading {{name}}',
  dismiss: 'Dismiss',
  already: '{{name}} is already one of the images.',
  problem: {
    IMAGE_EMPTY: '{{name}}: the file is empty.',
    IMAGE_TOO_LARGE: '{{name}}: larger than 10 MB. Make it smaller and try again.',
    IMAGE_NOT_SUPPORTED: '{{name}}: not a PNG, JPEG, WebP or GIF picture.',
    failed: '{{name}}: could not be uploaded ({{message}}).',
  },
};
