import type { TFunction } from 'i18next';
import { type DragEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unfinishedCounts } from '../../../../shared/domain/showPackage/packageRefusals';
import type { PackageProblem, ShowPackagePreview } from '../../../../shared/domain/showPackage/showPackageResults';
import { useDateTime } from '../../format/useDateTime';
import { formatFieldValue } from './formatValues';
import { PACKAGE_EXTENSION } from './packageStore';
import { showsEn } from './shows.en';
import { usePackages } from './useShowsStores';

type ProductField = keyof typeof showsEn.package.field;
const isProductField = (field: string): field is ProductField => Object.hasOwn(showsEn.package.field, field);

/** Import a .livecue package: choose or drop the file, read what it will do, then import. */
export function PackageImport() {
  const { t } = useTranslation();
  const phase = usePackages((s) => s.phase);
  const chooseFile = usePackages((s) => s.chooseFile);
  const commit = usePackages((s) => s.commit);
  const close = usePackages((s) => s.closeImport);
  const openImport = usePackages((s) => s.openImport);
  const [dragOver, setDragOver] = useState(false);
  // How far an import that stopped partway got, when its cause came worded (the English message says it otherwise).
  const counts = phase.step === 'failed' && phase.kind === 'unfinished' && phase.detail ? unfinishedCounts(phase.detail) : null;
  const id = useId();

  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    event.stopPropagation();
    setDragOver(false);
    void chooseFile(file);
  };

  const picker = (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop zone is an extra; the file button inside is the accessible way in
    <div
      className={`drop-zone${dragOver ? ' drop-zone--over' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragOver(true);
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={onDrop}
    >
      <label className="button button--primary drop-zone__button" htmlFor={`${id}-file`}>
        {t('shows.package.choose')}
      </label>
      <input
        id={`${id}-file`}
        className="visually-hidden"
        type="file"
        accept={`${PACKAGE_EXTENSION},application/zip`}
        data-testid="package-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void chooseFile(file);
        }}
      />
      <span className="muted">{t('shows.package.drop')}</span>
    </div>
  );

  return (
    <section className="card package" aria-labelledby={`${id}-title`} data-testid="package-import">
      <div className="package__head">
        <h2 className="card__title" id={`${id}-title`}>
          {t('shows.package.title')}
        </h2>
        <button type="button" className="button button--quiet" data-testid="package-close" onClick={close}>
          {t('shows.package.close')}
        </button>
      </div>

      {phase.step === 'idle' && (
        <>
          <p className="muted">{t('shows.package.intro')}</p>
          {picker}
        </>
      )}

      {phase.step === 'reading' && (
        <p role="status" className="package__busy">
          {t('shows.package.reading', { fileName: phase.fileName })}
        </p>
      )}

      {phase.step === 'preview' && (
        <>
          <PreviewDetails preview={phase.preview} />
          <div className="form-actions package__actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="package-commit"
              disabled={phase.committing}
              onClick={() => void commit()}
            >
              {phase.committing ? t('shows.package.committing') : t('shows.package.commit')}
            </button>
            <button type="button" className="button button--quiet" disabled={phase.committing} onClick={close}>
              {t('shows.package.cancel')}
            </button>
          </div>
        </>
      )}

      {phase.step === 'done' && (
        <div className="notice notice--ok package__result" data-testid="package-result" data-show-id={phase.result.showId} role="status">
          <p className="package__result-title">{t('shows.package.doneTitle', { name: phase.result.showName })}</p>
          <p>
            {t('shows.package.doneSummary', {
              cues: phase.result.cues,
              created: phase.result.products.created,
              updated: phase.result.products.updated,
              unchanged: phase.result.products.unchanged,
              coupons: phase.result.coupons.created,
              tasks: phase.result.tasks.created,
              images: phase.result.images.stored,
            })}
          </p>
          <button type="button" className="button button--quiet" onClick={openImport}>
            {t('shows.package.another')}
          </button>
        </div>
      )}

      {phase.step === 'failed' && (
        <div className="package__failed">
          <div className="notice notice--error" role="alert" data-testid="package-error" data-kind={phase.kind}>
            <p className="package__result-title">
              {t(phase.kind === 'unfinished' ? 'shows.package.unfinishedTitle' : 'shows.package.failedTitle')}
            </p>
            <p>{t(`shows.package.error.${phase.kind}`)}</p>
            {counts && <p data-testid="package-unfinished-counts">{t('shows.package.unfinishedCounts', counts)}</p>}
            <p className="package__detail" data-testid="package-error-detail" data-code={phase.detail?.code}>
              {phase.detail ? t(`shows.package.detail.${phase.detail.code}`, phase.detail.params) : phase.message}
            </p>
          </div>
          {picker}
        </div>
      )}
    </section>
  );
}

function PreviewDetails({ preview }: { preview: ShowPackagePreview }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const exportedAt = Date.parse(preview.source.exportedAt);
  const empty = t('shows.package.nothing');
  const fieldName = (field: string) => (isProductField(field) ? t(`shows.package.field.${field}`) : field);
  const { products, coupons, tasks, images } = preview;

  return (
    <div className="preview" data-testid="package-preview" data-preview-id={preview.previewId}>
      <h3 className="preview__title">{t('shows.package.previewTitle', { fileName: preview.fileName })}</h3>
      <dl className="preview__show">
        <div>
          <dt>{t('shows.package.showName')}</dt>
          <dd data-testid="package-show-name">{preview.show.name}</dd>
        </div>
        <div>
          <dt>{t('shows.package.importAs')}</dt>
          <dd data-testid="package-import-as" className="preview__import-as">
            {preview.show.importAs}
          </dd>
        </div>
        <div>
          <dt>{t('shows.package.cueCount', { count: preview.show.cueCount })}</dt>
          <dd className="muted">
            {t('shows.package.from', {
              when: Number.isNaN(exportedAt) ? preview.source.exportedAt : dateTime(exportedAt),
              version: preview.source.appVersion,
            })}
          </dd>
        </div>
      </dl>

      {preview.problems.length > 0 && (
        <div className="notice notice--warn" data-testid="package-problems">
          <p className="preview__group-title">{t('shows.package.problems')}</p>
          <ul>
            {preview.problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and never reorder
              <li key={i} data-code={p.code}>
                {problemText(t, p, dateTime)}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="preview__groups">
        <PreviewGroup testId="package-products-create" title={t('shows.package.productsCreate', { count: products.create.length })}>
          {products.create.map((p) => (
            <li key={p.sku}>
              <code className="preview__sku">{p.sku}</code> {p.title}
            </li>
          ))}
        </PreviewGroup>
        <PreviewGroup testId="package-products-update" title={t('shows.package.productsUpdate', { count: products.update.length })}>
          {products.update.map((p) => (
            <li key={p.sku} data-sku={p.sku}>
              <code className="preview__sku">{p.sku}</code> {p.title}
              <ul className="preview__changes">
                {p.changes.map((c) => (
                  <li key={c.field}>
                    <span className="preview__field">{fieldName(c.field)}</span>
                    <span className="preview__from">{formatFieldValue(c.field, c.from, empty)}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="preview__to">{formatFieldValue(c.field, c.to, empty)}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </PreviewGroup>
        <PreviewGroup
          testId="package-products-unchanged"
          title={t('shows.package.productsUnchanged', { count: products.unchanged.length })}
        >
          {products.unchanged.map((p) => (
            <li key={p.sku}>
              <code className="preview__sku">{p.sku}</code> {p.title}
            </li>
          ))}
        </PreviewGroup>
        <PreviewGroup testId="package-coupons-create" title={t('shows.package.couponsCreate', { count: coupons.create.length })}>
          {coupons.create.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: names may repeat
            <li key={i}>
              {c.name} <span className="muted">· {t(`glossary.couponType.${c.type}`)}</span>
            </li>
          ))}
        </PreviewGroup>
        <PreviewGroup testId="package-tasks-create" title={t('shows.package.tasksCreate', { count: tasks.create.length })}>
          {tasks.create.map((task, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: titles may repeat
            <li key={i}>
              {task.title} <span className="muted">· {t(`glossary.taskType.${task.type}`)}</span>
            </li>
          ))}
        </PreviewGroup>
      </div>
      <p className="preview__images" data-testid="package-images">
        {t('shows.package.images', { new: images.new.length, present: images.present.length })}
      </p>
    </div>
  );
}

function PreviewGroup({ title, testId, children }: { title: string; testId: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <section className="preview__group" data-testid={testId}>
      <h4 className="preview__group-title">{title}</h4>
      <ul className="preview__list">{children}</ul>
    </section>
  );
}

/** A package problem in the UI's words (the backend's `message` is the English for logs). */
function problemText(t: TFunction, problem: PackageProblem, dateTime: (ms: number) => string): string {
  switch (problem.code) {
    case 'SHOW_RENAMED':
      return t('shows.package.problem.SHOW_RENAMED', { name: problem.name, importAs: problem.importAs });
    case 'COUPON_ENDED':
      return t('shows.package.problem.COUPON_ENDED', { coupon: problem.coupon, when: dateTime(problem.endsAt) });
    case 'ENTRY_IGNORED':
      return t('shows.package.problem.ENTRY_IGNORED', { entry: problem.entry });
  }
}
