import { bytesToBase64 } from '../../files/base64';
import { downloadBase64 } from '../../files/download';

/** Saves an exported text file as UTF-8 (a CSV's leading BOM is kept, so Excel reads Chinese right). */
export function downloadText(file: { fileName: string; mimeType: string; text: string }): void {
  downloadBase64(file.fileName, file.mimeType, bytesToBase64(new TextEncoder().encode(file.text)));
}
