import QRCode from 'qrcode';

/**
 * An enrollment code as a QR code, in the forms head office hands it out: the operator's terminal, a PNG
 * to print, an SVG for the web console. Each encodes the code as shown (XXXXX-XXXXX), which the store PC
 * accepts as typed.
 */
export const enrollmentQr = {
  terminal: (display: string): Promise<string> => QRCode.toString(display, { type: 'terminal', small: true }),
  svg: (display: string): Promise<string> => QRCode.toString(display, { type: 'svg', margin: 2 }),
  savePng: (file: string, display: string): Promise<void> => QRCode.toFile(file, display, { type: 'png', margin: 2, width: 320 }),
};
