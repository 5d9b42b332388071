import { base64ToBytes } from './base64';

/** Saves bytes given as base64 as a download in the page: Blob → object URL → temporary <a download>, revoked after. */
export function downloadBase64(fileName: string, base64: string, mime = 'application/octet-stream'): void {
  const bytes = base64ToBytes(base64);
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click starts the download synchronously; revoke on the next turn so the browser has the URL.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
