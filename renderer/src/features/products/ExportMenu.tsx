import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ExportFormat as ExportFormatSchema, ExportWhat as ExportWhatSchema } from '../../../../shared/api/methods/import.methods';
import { downloadBase64 } from '../../files/download';
import { useAppState, useConnection } from '../../state/AppStateContext';
import { errorMessage } from '../../state/bound';

type ExportWhat = z.infer<typeof ExportWhatSchema>;
type ExportFormat = z.infer<typeof ExportFormatSchema>;

const WHATS: ExportWhat[] = ['products', 'coupons', 'tasks'];
const FORMATS: ExportFormat[] = ['xlsx', 'csv'];

/** Export menu: products, coupons or loyalty tasks as Excel or CSV, with headers in the UI language. */
export function ExportMenu() {
  const { t, i18n } = useTranslation();
  const { client } = useAppState();
  const connected = useConnection((s) => s.status.state === 'connected');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);

  // A menu closes on a click elsewhere and on Esc, like any other menu.
  useEffect(() => {
    const close = (event: Event) => {
      const details = detailsRef.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
      } else if (!details.contains(event.target as Node)) {
        details.open = false;
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  async function run(what: ExportWhat, format: ExportFormat) {
    const id = `${what}-${format}`;
    setBusy(id);
    setMessage(null);
    try {
      const file = await client.call('export.catalog', { what, format, language: i18n.language.startsWith('zh') ? 'zh' : 'en' });
      downloadBase64(file.fileName, file.mime, file.bytesBase64);
      setMessage({ tone: 'ok', text: t('products.export.done', { fileName: file.fileName, rows: file.rows }) });
      if (detailsRef.current) detailsRef.current.open = false;
    } catch (error) {
      setMessage({ tone: 'error', text: t('products.export.failed', { message: errorMessage(error) }) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export">
      <details className="menu" ref={detailsRef}>
        <summary className="button" data-testid="products-export">
          {busy ? t('products.export.busy') : t('products.export.label')}
          <span aria-hidden="true">▾</span>
        </summary>
        <div className="menu__panel">
          {WHATS.map((what) => (
            <div key={what} className="menu__row">
              <span className="menu__label">{t(`products.export.${what}`)}</span>
              {FORMATS.map((format) => (
                <button
                  key={format}
                  type="button"
                  className="button button--quiet"
                  data-testid={`products-export-${what}-${format}`}
                  disabled={!connected || busy !== null}
                  onClick={() => void run(what, format)}
                >
                  {format === 'xlsx' ? 'Excel' : 'CSV'}
                </button>
              ))}
            </div>
          ))}
        </div>
      </details>
      {message && (
        <p
          className={`export__message export__message--${message.tone}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
          data-testid="products-export-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
