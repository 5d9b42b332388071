import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The QR code of `text` as an SVG image (a data URL, which the page's CSP allows for images). */
export function QrCode({ text, alt, testId }: { text: string; alt: string; testId: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setSrc(null);
    QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }).then(
      (svg) => {
        if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      },
      () => {
        if (current) setSrc(null);
      },
    );
    return () => {
      current = false;
    };
  }, [text]);
  return src ? (
    <img className="remote-qr" src={src} alt={alt} data-testid={testId} data-url={text} />
  ) : (
    <span className="remote-qr remote-qr--empty" />
  );
}
