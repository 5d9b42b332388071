import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { columnLetter } from '../../../../../shared/domain/import/columnLetter';
import { LivePlatform, PlatformFileKind } from '../../../../../shared/domain/platform/platformData';
import { PLATFORM_FIELDS, PlatformField, type PlatformImportPreview } from '../../../../../shared/domain/platform/platformImport';
import { IGNORE, selectValueOf } from '../../../state/products/mapping';
import { Dialog } from '../../../ui/Dialog';
import { ProgressBar } from '../../../ui/ProgressBar';
import { PlatformDuplicates } from './PlatformDuplicates';
import { PlatformIssueList } from './PlatformIssueList';
import { type PlatformImportModel, usePlatformImport } from './usePlatformImport';
import './platformImport.css';

const ACCEPT = '.csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DELIMITER_NAMES = { ',': 'comma', '\t': 'tab', ';': 'semicolon' } as const;

/** Pick platform, file kind and file; check the preview (mapping, problems); import it into the session. */
export function PlatformImportDialog({ sessionId, onClose, onImported }: { sessionId: string; onClose(): void; onImported(): void }) {
  const { t } = useTranslation();
  const model = usePlatformImport(sessionId, onImported);
  const { phase, preview, error } = model;
  // Leaving rows out is agreed for one preview: another file, platform, kind or mapping asks again.
  const [skipAgreedFor, setSkipAgreedFor] = useState<string | null>(null);
  const skipInvalid = preview !== null && skipAgreedFor === preview.previewId;
  const setSkipInvalid = (skip: boolean) => setSkipAgreedFor(skip && preview ? preview.previewId : null);
  const busy = phase === 'reading' || phase === 'rechecking' || phase === 'committing';
  const invalid = preview?.totals.invalid ?? 0;
  const canImport = phase === 'preview' && preview !== null && preview.blocking.length === 0 && (invalid === 0 || skipInvalid);

  return (
    <Dialog
      title={t('platformImport.title')}
      onCancel={() => {
        if (phase !== 'committing') onClose();
      }}
      testId="platform-import-dialog"
      actions={
        phase === 'done' ? (
          <>
            <button type="button" className="button" onClick={model.restart} data-testid="platform-import-another">
              {t('platformImport.another')}
            </button>
            <button type="button" className="button button--primary" onClick={onClose} data-testid="platform-import-close">
              {t('platformImport.close')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button"
              onClick={onClose}
              disabled={phase === 'committing'}
              data-testid="platform-import-cancel"
            >
              {t('platformImport.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={!canImport}
              aria-busy={phase === 'committing'}
              onClick={() => model.commit(skipInvalid)}
              data-testid="platform-import-commit"
            >
              {phase === 'committing' ? t('platformImport.importing') : t('platformImport.import')}
            </button>
          </>
        )
      }
    >
      {error && (
        <p className="notice notice--error" role="alert" data-testid="platform-import-error">
          {t('platformImport.failed', { message: error })}
        </p>
      )}
      {phase === 'done' && model.result ? (
        <p className="notice notice--ok" role="status" data-testid="platform-import-done">
          {t('platformImport.done', { rows: model.result.rows, fileName: model.fileName ?? '' })}
        </p>
      ) : (
        <>
          <Choices model={model} disabled={busy} />
          {busy && (
            <ProgressBar
              fraction={null}
              label={
                phase === 'committing'
                  ? t('platformImport.importing')
                  : phase === 'rechecking'
                    ? t('platformImport.rechecking')
                    : t('platformImport.reading', { fileName: model.fileName ?? '' })
              }
              testId="platform-import-progress"
            />
          )}
          {preview && (
            <PreviewView
              preview={preview}
              busy={busy}
              onMap={model.mapColumn}
              onChooseRow={model.chooseRow}
              skipInvalid={skipInvalid}
              onSkipInvalid={setSkipInvalid}
            />
          )}
        </>
      )}
    </Dialog>
  );
}

function Choices({ model, disabled }: { model: PlatformImportModel; disabled: boolean }) {
  const { t } = useTranslation();
  const fileId = useId();
  const hintId = useId();
  return (
    <div className="pimport__choices">
      {/* The platform, then the kind of file: two rows of radio buttons. */}
      <Choice group="platform" options={LivePlatform.options} value={model.platform} onChange={model.setPlatform} disabled={disabled} />
      <Choice group="kind" options={PlatformFileKind.options} value={model.kind} onChange={model.setKind} disabled={disabled} />
      <div className="pimport__file">
        <span className="pimport__file-label">{t('platformImport.file')}</span>
        <div className="pimport__file-row">
          {/* The native picker's own words are in the browser's language; a label in ours opens it (Enter or Space on the focused input too). */}
          <input
            id={fileId}
            className="visually-hidden"
            type="file"
            accept={ACCEPT}
            disabled={disabled}
            aria-describedby={hintId}
            data-testid="platform-import-file"
            onChange={(event) => {
              const picked = event.currentTarget.files?.[0];
              if (picked) model.pickFile(picked);
              // The same file can be picked again after a fix.
              event.currentTarget.value = '';
            }}
          />
          <label htmlFor={fileId} className={`button${model.fileName ? '' : ' button--primary'}`} aria-disabled={disabled}>
            {t('platformImport.choose')}
          </label>
          <span id={hintId} className="muted pimport__hint">
            {model.fileName ?? t('platformImport.fileHint')}
          </span>
        </div>
      </div>
    </div>
  );
}

type ChoiceProps =
  | { group: 'platform'; options: readonly LivePlatform[]; value: LivePlatform; onChange(value: LivePlatform): void; disabled: boolean }
  | {
      group: 'kind';
      options: readonly PlatformFileKind[];
      value: PlatformFileKind;
      onChange(value: PlatformFileKind): void;
      disabled: boolean;
    };

/** A row of radio buttons (arrow keys move between them); test ids `platform-import-<group>-<option>`. */
function Choice(props: ChoiceProps) {
  const { t } = useTranslation();
  const text = (option: string) =>
    props.group === 'platform'
      ? { label: t(`platformImport.platforms.${LivePlatform.parse(option)}`), hint: undefined }
      : {
          label: t(`platformImport.kinds.${PlatformFileKind.parse(option)}`),
          hint: t(`platformImport.kindHints.${PlatformFileKind.parse(option)}`),
        };
  const choose = (option: string) => {
    if (props.group === 'platform') props.onChange(LivePlatform.parse(option));
    else props.onChange(PlatformFileKind.parse(option));
  };
  return (
    <fieldset className="pimport__group" disabled={props.disabled}>
      <legend>{t(`platformImport.${props.group}`)}</legend>
      {props.options.map((option) => (
        <label key={option} className="pimport__option" title={text(option).hint}>
          <input
            type="radio"
            name={`pimport-${props.group}`}
            value={option}
            checked={props.value === option}
            onChange={() => choose(option)}
            data-testid={`platform-import-${props.group}-${option}`}
          />
          {text(option).label}
        </label>
      ))}
    </fieldset>
  );
}

function PreviewView({
  preview,
  busy,
  onMap,
  onChooseRow,
  skipInvalid,
  onSkipInvalid,
}: {
  preview: PlatformImportPreview;
  busy: boolean;
  onMap(column: number, field: PlatformField | null): void;
  onChooseRow(key: string, row: number): void;
  skipInvalid: boolean;
  onSkipInvalid(skip: boolean): void;
}) {
  const { t } = useTranslation();
  const { source, totals } = preview;
  const details = [
    source.encoding ? t('platformImport.encoding', { encoding: source.encoding.toUpperCase() }) : null,
    source.delimiter
      ? t('platformImport.delimiter', { delimiter: t(`platformImport.delimiters.${DELIMITER_NAMES[source.delimiter]}`) })
      : null,
    source.sheetName ? t('platformImport.sheet', { sheet: source.sheetName }) : null,
  ].filter((d): d is string => d !== null);

  return (
    <div className="pimport__preview" data-testid="platform-import-preview" data-preview-id={preview.previewId} aria-busy={busy}>
      <p className="pimport__source muted" data-testid="platform-import-source">
        {[
          t('platformImport.source', { fileName: source.fileName, headerRow: preview.headerRow, format: source.format.toUpperCase() }),
          ...details,
        ].join(' · ')}
      </p>
      <p className="pimport__totals" data-testid="platform-import-totals">
        {t('platformImport.totals', totals)}
        {preview.kind === 'products' && <> · {t('platformImport.matched', totals)}</>}
      </p>
      {preview.totalsLines.length > 0 && (
        <p className="muted" data-testid="platform-import-totals-lines">
          {t('platformImport.totalsLines', {
            lines: preview.totalsLines
              .map((l) => t('platformImport.totalsLine', { row: t('platformImport.issues.row', { row: l.row }), label: l.label }))
              .join(t('platformImport.listSeparator')),
          })}
        </p>
      )}
      {preview.rememberedMapping && <p className="muted">{t('platformImport.remembered')}</p>}
      {preview.blocking.map((b) => (
        <p key={b.code} className="notice notice--error" role="alert" data-testid="platform-import-blocking">
          {t(`platformImport.blocking.${b.code}`)}
        </p>
      ))}
      <PlatformIssueList issues={preview.issues} total={preview.issuesTotal} />
      <PlatformDuplicates preview={preview} busy={busy} onChoose={onChooseRow} />
      {/* From the totals, not the issues listed: those are capped, and warnings can fill them before the first error. */}
      {totals.invalid > 0 && (
        <label className="pimport__skip">
          <input
            type="checkbox"
            checked={skipInvalid}
            onChange={(e) => onSkipInvalid(e.currentTarget.checked)}
            data-testid="platform-import-skip"
          />
          {t('platformImport.skipInvalid', { count: totals.invalid })}
        </label>
      )}
      <MappingTable preview={preview} busy={busy} onMap={onMap} />
    </div>
  );
}

/** Each column of the file with what it is taken as; a change is checked again by the backend at once. */
function MappingTable({
  preview,
  busy,
  onMap,
}: {
  preview: PlatformImportPreview;
  busy: boolean;
  onMap(column: number, field: PlatformField | null): void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="pimport__mapping" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('platformImport.mapping.title')}</h3>
      <p className="muted">{t('platformImport.mapping.hint')}</p>
      <ul className="pimport__columns">
        {preview.columns.map((column) => {
          const name = `${columnLetter(column.index)} ${column.header}`;
          const pick = (value: string) => onMap(column.index, value === IGNORE ? null : PlatformField.parse(value));
          return (
            <li key={column.index} className={column.field ? 'pimport__column' : 'pimport__column pimport__ignored'}>
              <span className="pimport__column-name">{name}</span>
              <select
                className="pfield__control"
                aria-label={`${t('platformImport.mapping.column')} ${name}`}
                value={selectValueOf(column.field)}
                disabled={busy}
                data-testid={`platform-import-mapping-${column.index}`}
                onChange={(e) => pick(e.currentTarget.value)}
              >
                <option value={IGNORE}>{t('platformImport.mapping.ignore')}</option>
                {PLATFORM_FIELDS[preview.kind].map((field) => (
                  <option key={field} value={field}>
                    {t(`platformImport.fields.${field}`)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
