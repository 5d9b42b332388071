import { type ChangeEvent, type DragEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportField } from '../../../../shared/domain/import/importField';
import { type ImportIssue, issueSeverity } from '../../../../shared/domain/import/importIssue';
import type { ImportPreview } from '../../../../shared/domain/import/importPreview';
import type { ImportProgress } from '../../../../shared/domain/import/importProgress';
import { formatFen } from '../../format/money';
import { useConnection } from '../../state/AppStateContext';
import { tooLateToCancel } from '../../state/products/importStore';
import { columnLetter, IGNORE, selectValueOf } from '../../state/products/mapping';
import { useImport } from '../../state/products/productsStores';
import { Drawer } from '../../ui/Drawer';
import { ProgressBar } from '../../ui/ProgressBar';
import { ImportDuplicates } from './ImportDuplicates';
import { failureKey, failureText, issueKey } from './importMessages';

export const IMPORT_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PREVIEW_ROWS_SHOWN = 10;
/** The detected separator in words: a wrong guess is easier to spot as "逗号" than as ",". */
const DELIMITER_NAMES = { ',': 'comma', '\t': 'tab', ';': 'semicolon' } as const;

export function ImportWizard() {
  const { t } = useTranslation();
  const step = useImport((s) => s.step);
  const failure = useImport((s) => s.failure);
  const cancelled = useImport((s) => s.cancelled);
  const close = useImport((s) => s.close);
  const restart = useImport((s) => s.restart);

  const said = failure ? failureText(t, failure) : null;

  return (
    <Drawer
      title={t('products.import.title')}
      closeLabel={t('products.import.close')}
      onClose={close}
      wide
      testId="import-dialog"
      footer={<WizardFooter />}
    >
      <div className="import">
        {said && (
          <div className="notice notice--error" role="alert" data-testid="import-error" data-reason={failure?.reason ?? ''}>
            <p>{said.text}</p>
            {said.cause && (
              <p className="notice__cause" data-testid="import-error-cause">
                {said.cause}
              </p>
            )}
            {(failure?.reason === 'PREVIEW_STALE' || failure?.reason === 'PREVIEW_NOT_FOUND') && (
              <button type="button" className="button" onClick={restart}>
                {t('products.import.chooseAnother')}
              </button>
            )}
          </div>
        )}
        {cancelled && (
          <p className="notice notice--info" role="status" data-testid="import-cancelled">
            {t('products.import.cancelled')}
          </p>
        )}
        {step.kind === 'choose' && <FileChooser />}
        {step.kind === 'reading' && (
          <JobProgress
            title={t('products.import.readingFile', { fileName: step.fileName })}
            progress={step.progress}
            cancelling={step.cancelling}
            canCancel
          />
        )}
        {step.kind === 'preview' && (
          <PreviewView preview={step.preview} issues={step.issues} remapping={step.remapping} loadingIssues={step.loadingIssues} />
        )}
        {step.kind === 'committing' && (
          <JobProgress
            title={t('products.import.committing')}
            progress={step.progress}
            cancelling={step.cancelling}
            canCancel={!tooLateToCancel(step.progress)}
          />
        )}
        {step.kind === 'done' && (
          <section
            className="import-result"
            data-testid="import-result"
            data-created={step.result.created}
            data-updated={step.result.updated}
            data-skipped={step.result.skippedInvalid}
          >
            <h3 className="import__heading">{t('products.import.result.title')}</h3>
            <p className="muted">{step.fileName}</p>
            <dl className="stats">
              <Stat label={t('products.import.result.created')} value={step.result.created} tone="ok" />
              <Stat label={t('products.import.result.updated')} value={step.result.updated} tone="accent" />
              <Stat
                label={t('products.import.result.skipped')}
                value={step.result.skippedInvalid}
                tone={step.result.skippedInvalid > 0 ? 'warn' : 'idle'}
              />
            </dl>
          </section>
        )}
      </div>
    </Drawer>
  );
}

function FileChooser() {
  const { t } = useTranslation();
  const chooseFile = useImport((s) => s.chooseFile);
  const connected = useConnection((s) => s.status.state === 'connected');
  const [over, setOver] = useState(false);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void chooseFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void chooseFile(file);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for files; the file button is the keyboard path
    <div
      className={`filedrop${over ? ' filedrop--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <svg className="filedrop__icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
        <path d="M14 3v5h5M12 18v-6M9 15l3-3 3 3" />
      </svg>
      <label htmlFor={inputId} className="button button--primary filedrop__button">
        {t('products.import.choose')}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="visually-hidden"
        type="file"
        accept={IMPORT_ACCEPT}
        data-testid="import-file-input"
        disabled={!connected}
        onChange={onChange}
      />
      <p className="filedrop__drop">{t('products.import.drop')}</p>
      <p className="muted filedrop__accepts">{t('products.import.accepts')}</p>
    </div>
  );
}

function JobProgress({
  title,
  progress,
  cancelling,
  canCancel,
}: {
  title: string;
  progress: ImportProgress | null;
  cancelling: boolean;
  canCancel: boolean;
}) {
  const { t } = useTranslation();
  const cancel = useImport((s) => s.cancel);
  const known = progress?.fraction ?? (progress?.rowsTotal ? progress.rowsDone / progress.rowsTotal : null);
  // Nothing measured yet (the page is still encoding the file, or the reader has not reported): keep the bar moving.
  const fraction = known === null || known <= 0 ? null : known;
  const rows =
    progress === null || progress.rowsDone === 0
      ? ''
      : progress.rowsTotal === null
        ? t('products.import.rowsRead', { done: progress.rowsDone.toLocaleString() })
        : t('products.import.rowsDone', { done: progress.rowsDone.toLocaleString(), total: progress.rowsTotal.toLocaleString() });
  return (
    <section className="job" data-testid="import-progress" data-phase={progress?.phase ?? 'starting'} aria-live="polite">
      <h3 className="import__heading">{title}</h3>
      <p className="job__phase">
        <strong>{t(`products.import.phase.${progress?.phase ?? 'reading'}`)}</strong>
        <span className="muted">{rows}</span>
      </p>
      <ProgressBar fraction={fraction} label={t('products.import.progressLabel')} />
      {canCancel && (
        <button type="button" className="button" data-testid="import-cancel" disabled={cancelling} onClick={() => void cancel()}>
          {cancelling ? t('products.import.cancelling') : t('products.import.cancel')}
        </button>
      )}
    </section>
  );
}

function Stat({
  label,
  value,
  tone,
  attr,
}: {
  label: string;
  value: number;
  tone: 'ok' | 'warn' | 'danger' | 'accent' | 'idle';
  attr?: string;
}) {
  return (
    <div className={`stat stat--${tone}`} data-stat={attr}>
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">{value.toLocaleString()}</dd>
    </div>
  );
}

function useFieldLabel() {
  const { t } = useTranslation();
  return (field: ImportField): string => {
    if (field.startsWith('platformId.')) {
      const platform = field.slice('platformId.'.length) as 'douyin';
      return t('products.import.mapping.platformField', { platform: t(`products.platforms.${platform}`) });
    }
    return t(`products.import.fields.${field as 'sku'}`);
  };
}

function PreviewView({
  preview,
  issues,
  remapping,
  loadingIssues,
}: {
  preview: ImportPreview;
  issues: ImportIssue[];
  remapping: boolean;
  loadingIssues: boolean;
}) {
  const { t } = useTranslation();
  const remap = useImport((s) => s.remap);
  const loadMoreIssues = useImport((s) => s.loadMoreIssues);
  const fieldLabel = useFieldLabel();
  const { source, totals } = preview;

  const onMap = (columnIndex: number) => (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value;
    const parsed = ImportField.safeParse(value);
    void remap(columnIndex, value === IGNORE || !parsed.success ? null : parsed.data);
  };

  return (
    <div className="import-preview" data-testid="import-preview" aria-busy={remapping}>
      <dl className="source-facts">
        <div>
          <dt>{t('products.import.source.file')}</dt>
          <dd data-testid="import-source-file">{source.fileName}</dd>
        </div>
        <div>
          <dt>{t('products.import.source.format')}</dt>
          <dd data-testid="import-source-format">{source.format.toUpperCase()}</dd>
        </div>
        {source.encoding && (
          <div>
            <dt>{t('products.import.source.encoding')}</dt>
            <dd data-testid="import-source-encoding" data-encoding={source.encoding}>
              {t(`products.import.encodings.${source.encoding}`)}
            </dd>
          </div>
        )}
        {source.delimiter && (
          <div>
            <dt>{t('products.import.source.delimiter')}</dt>
            <dd data-testid="import-source-delimiter">{t(`products.import.delimiters.${DELIMITER_NAMES[source.delimiter]}`)}</dd>
          </div>
        )}
        {source.sheetName && (
          <div>
            <dt>{t('products.import.source.sheet')}</dt>
            <dd>{source.sheetName}</dd>
          </div>
        )}
        <div>
          <dt>{t('products.import.source.headerRow')}</dt>
          <dd>{preview.headerRow}</dd>
        </div>
      </dl>

      <dl
        className="stats"
        data-testid="import-totals"
        data-rows={totals.rows}
        data-valid={totals.valid}
        data-invalid={totals.invalid}
        data-create={totals.create}
        data-update={totals.update}
        data-duplicate={totals.duplicate}
        data-warned={totals.warned}
      >
        <Stat label={t('products.import.totals.rows')} value={totals.rows} tone="idle" />
        <Stat label={t('products.import.totals.valid')} value={totals.valid} tone="ok" />
        <Stat label={t('products.import.totals.invalid')} value={totals.invalid} tone={totals.invalid > 0 ? 'danger' : 'idle'} />
        <Stat label={t('products.import.totals.create')} value={totals.create} tone="accent" />
        <Stat label={t('products.import.totals.update')} value={totals.update} tone="accent" />
        {totals.duplicate > 0 && <Stat label={t('products.import.totals.duplicate')} value={totals.duplicate} tone="warn" />}
        {totals.warned > 0 && <Stat label={t('products.import.totals.warned')} value={totals.warned} tone="warn" />}
      </dl>

      {preview.totalsLines.length > 0 && (
        <p className="notice notice--info" data-testid="import-totals-lines" data-rows={preview.totalsLines.map((l) => l.row).join(',')}>
          {t('products.import.totalsLines', {
            count: preview.totalsLines.length,
            rows: preview.totalsLines.map((l) => l.row).join('、'),
            labels: [...new Set(preview.totalsLines.map((l) => l.label))].join('、'),
          })}
        </p>
      )}

      {preview.blocking.length > 0 && (
        <div className="notice notice--error notice--blocking" role="alert" data-testid="import-blocking">
          <h3 className="import__heading">{t('products.import.blockingTitle')}</h3>
          <ul>
            {preview.blocking.map((b) => {
              const key = failureKey(b.code);
              return (
                <li key={b.code} data-code={b.code}>
                  {key ? t(key) : b.message}
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <ImportDuplicates groups={preview.duplicates} total={preview.duplicatesTotal} busy={remapping} />

      <section className="import-section" data-testid="import-issues" data-total={preview.issuesTotal}>
        <h3 className="import__heading">
          {preview.issuesTotal === 0 ? t('products.import.issues.none') : t('products.import.issues.title', { count: preview.issuesTotal })}
        </h3>
        {totals.warned + totals.duplicate > 0 && <p className="muted">{t('products.import.issues.warningHint')}</p>}
        {issues.length > 0 && (
          <table className="table table--compact issues">
            <thead>
              <tr>
                <th scope="col">{t('products.import.issues.row')}</th>
                <th scope="col">{t('products.import.issues.column')}</th>
                <th scope="col">{t('products.import.issues.problem')}</th>
                <th scope="col">{t('products.import.issues.value')}</th>
              </tr>
            </thead>
            <tbody>
              {issues.map((issue) => {
                const key = issueKey(issue.code);
                const severity = issueSeverity(issue.code);
                return (
                  <tr
                    key={`${issue.row}-${issue.columnIndex ?? 'row'}-${issue.code}`}
                    className={`issues__row--${severity}`}
                    data-testid="import-issue"
                    data-row={issue.row}
                    data-code={issue.code}
                    data-severity={severity}
                  >
                    <td className="num">{issue.row}</td>
                    <td>
                      {issue.columnIndex !== null && <span className="mapping__letter">{columnLetter(issue.columnIndex)}</span>}
                      {issue.column ?? '—'}
                    </td>
                    <td title={issue.message}>
                      {severity === 'warning' && <span className="badge badge--warning">{t('products.import.issues.warning')}</span>}
                      {key ? t(key) : issue.message}
                      {issue.relatedRows && issue.relatedRows.length > 0 && (
                        <span className="muted"> · {t('products.import.issues.related', { rows: issue.relatedRows.join(', ') })}</span>
                      )}
                    </td>
                    <td className="issues__value">{issue.value ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {issues.length < preview.issuesTotal && (
          <p className="import__more">
            <span className="muted">{t('products.import.issues.shown', { shown: issues.length, total: preview.issuesTotal })}</span>
            <button
              type="button"
              className="button"
              data-testid="import-issues-more"
              disabled={loadingIssues}
              onClick={() => void loadMoreIssues()}
            >
              {t('products.import.issues.more')}
            </button>
          </p>
        )}
      </section>

      <section className="import-section">
        <h3 className="import__heading">
          {t('products.import.mapping.title')}
          {remapping && (
            <span className="muted import__busy" role="status">
              {t('products.import.mapping.rechecking')}
            </span>
          )}
        </h3>
        <p className="muted">{t('products.import.mapping.hint')}</p>
        <table className="table table--compact mapping">
          <thead>
            <tr>
              <th scope="col">{t('products.import.mapping.column')}</th>
              <th scope="col">{t('products.import.mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((column) => (
              <tr key={column.index} className={column.field ? undefined : 'mapping__ignored'}>
                <th scope="row">
                  <span className="mapping__letter">{columnLetter(column.index)}</span>
                  <span>{column.header || '—'}</span>
                </th>
                <td>
                  <div className="mapping__cell">
                    <select
                      className="pfield__control mapping__select"
                      data-testid={`import-mapping-${column.index}`}
                      aria-label={`${columnLetter(column.index)} ${column.header}`}
                      value={selectValueOf(column.field)}
                      disabled={remapping}
                      onChange={onMap(column.index)}
                    >
                      <option value={IGNORE}>{t('products.import.mapping.ignore')}</option>
                      {ImportField.options.map((f) => (
                        <option key={f} value={f}>
                          {fieldLabel(f)}
                        </option>
                      ))}
                    </select>
                    {(column.match === 'partial' || column.match === 'normalised') && (
                      <span className="badge" title={String(column.confidence)}>
                        {t('products.import.mapping.guessed')}
                      </span>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {preview.columns.some((c) => c.field === 'sellingPoints') && (
          <p className="muted import__note" data-testid="import-points-split">
            {t('products.import.mapping.pointsSplit')}
          </p>
        )}
      </section>

      {preview.rows.length > 0 && (
        <section className="import-section">
          <h3 className="import__heading">{t('products.import.rows.title')}</h3>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('products.import.rows.row')}</th>
                <th scope="col">{t('products.import.rows.action')}</th>
                <th scope="col">{t('products.columns.sku')}</th>
                <th scope="col">{t('products.columns.title')}</th>
                <th scope="col" className="num">
                  {t('products.columns.price')}
                </th>
                <th scope="col" className="num">
                  {t('products.columns.stock')}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, PREVIEW_ROWS_SHOWN).map((row) => (
                <tr key={row.row} data-testid="import-row" data-row={row.row} data-action={row.action}>
                  <td className="num">{row.row}</td>
                  <td>
                    <span className={`badge badge--${row.action}`}>{t(`products.import.rows.${row.action}`)}</span>
                  </td>
                  <td className="mono">{row.product?.sku ?? ''}</td>
                  <td>{row.product?.title ?? ''}</td>
                  <td className="num">
                    {row.product ? `${formatFen(row.product.livePriceFen)} / ${formatFen(row.product.listPriceFen)}` : ''}
                  </td>
                  <td className="num">{row.product?.stock ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {totals.rows > Math.min(preview.rows.length, PREVIEW_ROWS_SHOWN) && (
            <p className="muted">
              {t('products.import.rows.more', { shown: Math.min(preview.rows.length, PREVIEW_ROWS_SHOWN), total: totals.rows })}
            </p>
          )}
        </section>
      )}
    </div>
  );
}

function WizardFooter() {
  const { t } = useTranslation();
  const step = useImport((s) => s.step);
  const skipInvalid = useImport((s) => s.skipInvalid);
  const setSkipInvalid = useImport((s) => s.setSkipInvalid);
  const commit = useImport((s) => s.commit);
  const close = useImport((s) => s.close);
  const restart = useImport((s) => s.restart);
  const connected = useConnection((s) => s.status.state === 'connected');

  if (step.kind === 'done') {
    return (
      <div className="editor-footer">
        <button type="button" className="button" onClick={restart}>
          {t('products.import.result.another')}
        </button>
        <span className="editor-footer__spacer" />
        <button type="button" className="button button--primary" data-testid="import-done" onClick={close}>
          {t('products.import.result.done')}
        </button>
      </div>
    );
  }
  if (step.kind !== 'preview') return null;
  const { totals, blocking } = step.preview;
  const needsSkip = totals.invalid > 0;
  const canCommit = connected && !step.remapping && blocking.length === 0 && totals.valid > 0 && (!needsSkip || skipInvalid);
  return (
    <div className="editor-footer">
      <button type="button" className="button" onClick={restart}>
        {t('products.import.chooseAnother')}
      </button>
      <span className="editor-footer__spacer" />
      {needsSkip && blocking.length === 0 && totals.valid > 0 && (
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="import-skip-invalid"
            checked={skipInvalid}
            onChange={(e) => setSkipInvalid(e.target.checked)}
          />
          <span>{t('products.import.skipInvalid', { count: totals.invalid })}</span>
        </label>
      )}
      {totals.valid === 0 && blocking.length === 0 && <span className="muted">{t('products.import.nothingToImport')}</span>}
      <button
        type="button"
        className="button button--primary button--big"
        data-testid="import-commit"
        disabled={!canCommit}
        onClick={() => void commit()}
      >
        {t('products.import.commit', { count: totals.valid })}
      </button>
    </div>
  );
}
