import { base64ToBytes } from './base64';

/** Saves bytes the backend sent as a file: Blob → object URL → a temporary <a download>, then the URL is revoked. */
export function downloadBase64(fileName: string, mime: string, bytesBase64: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(bytesBase64) as Uint8Array<ArrayBuffer>], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click starts the download asynchronously; revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
