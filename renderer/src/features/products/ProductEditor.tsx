import { type FormEvent, Fragment, type InputHTMLAttributes, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../../shared/api/errors';
import type { Product } from '../../../../shared/domain/catalog/product';
import { useConnection } from '../../state/AppStateContext';
import { errorMessage } from '../../state/bound';
import { Drawer } from './Drawer';
import {
  type DraftField,
  draftOf,
  emptyDraft,
  errorsFromApi,
  type FieldErrors,
  PLATFORMS,
  type ProductDraft,
  readDraft,
} from './productForm';
import { useProducts } from './productsStores';

interface Props {
  /** null: a new product. */
  product: Product | null;
  categories: string[];
  onClose(): void;
}

export function ProductEditor({ product, categories, onClose }: Props) {
  const { t } = useTranslation();
  const create = useProducts((s) => s.create);
  const update = useProducts((s) => s.update);
  const remove = useProducts((s) => s.remove);
  const connected = useConnection((s) => s.status.state === 'connected');
  const [current, setCurrent] = useState<Product | null>(product);
  const [draft, setDraft] = useState<ProductDraft>(() => (product ? draftOf(product) : emptyDraft()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState<'saving' | 'deleting' | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const idPrefix = useId();
  const categoryListId = `${idPrefix}-categories`;

  const edit = <K extends keyof ProductDraft>(key: K, value: ProductDraft[K], field: DraftField = key as DraftField) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest as FieldErrors);
  };

  const errorText = (field: DraftField): string | null => {
    const error = errors[field];
    if (!error) return null;
    return 'key' in error ? t(`products.form.errors.${error.key}`) : error.message;
  };

  async function save() {
    if (busy) return;
    setGeneral(null);
    const read = readDraft(draft);
    if (!read.ok) {
      setErrors(read.errors);
      focusFirstError(read.errors);
      return;
    }
    setErrors({});
    setBusy('saving');
    try {
      const result = current ? await update(current.id, read.values) : await create(read.values);
      setCurrent(result);
      setDraft(draftOf(result));
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiCallError) {
        const found = errorsFromApi(error);
        setErrors(found.fields);
        setGeneral(found.general === null ? null : t('products.form.saveFailed', { message: found.general }));
        focusFirstError(found.fields);
      } else {
        setGeneral(t('products.form.saveFailed', { message: errorMessage(error) }));
      }
    } finally {
      setBusy(null);
    }
  }

  async function doDelete() {
    if (!current || busy) return;
    setBusy('deleting');
    setGeneral(null);
    try {
      await remove(current.id);
      onClose();
    } catch (error) {
      const message = errorMessage(error);
      setGeneral(
        error instanceof ApiCallError && error.code === 'CONFLICT'
          ? t('products.form.deleteInUse', { message })
          : t('products.form.deleteFailed', { message }),
      );
      setConfirmingDelete(false);
      setBusy(null);
    }
  }

  function focusFirstError(found: FieldErrors) {
    const first = Object.keys(found)[0];
    if (!first) return;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="product-field-${first}"]`)?.focus());
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  // Ctrl/Cmd+S saves wherever the focus is in the panel (the buttons sit outside the form).
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const field = (name: DraftField, label: string, control: (props: FieldControlProps) => ReactNode, hint?: string, wide = false) => {
    const id = `${idPrefix}-${name}`;
    const error = errorText(name);
    const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
    return (
      <div className={`pfield${wide ? ' pfield--wide' : ''}${error ? ' pfield--invalid' : ''}`}>
        <label className="pfield__label" htmlFor={id}>
          {label}
        </label>
        {control({
          id,
          'data-testid': `product-field-${name}`,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
          className: 'pfield__control',
        })}
        {hint && (
          <p className="pfield__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="pfield__error" id={`${id}-error`} data-testid={`product-field-error-${name}`} role="alert">
            {error}
          </p>
        )}
      </div>
    );
  };

  const text =
    (key: Exclude<keyof ProductDraft, 'platformIds'>, extra: InputHTMLAttributes<HTMLInputElement> = {}) =>
    (props: FieldControlProps) => <input {...props} {...extra} value={draft[key]} onChange={(e) => edit(key, e.target.value)} />;

  const footer = (
    <div className="editor-footer">
      {current &&
        (confirmingDelete ? (
          <div className="editor-footer__confirm" role="alertdialog" aria-label={t('products.form.delete')}>
            <span>{t('products.form.confirmDelete', { title: current.title, sku: current.sku })}</span>
            <button type="button" className="button button--danger" data-testid="product-delete-confirm" onClick={() => void doDelete()}>
              {busy === 'deleting' ? t('products.form.deleting') : t('products.form.confirmDeleteYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmingDelete(false)}>
              {t('products.form.cancel')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="button button--danger-quiet"
            data-testid="product-delete"
            disabled={!connected || busy !== null}
            onClick={() => setConfirmingDelete(true)}
          >
            {t('products.form.delete')}
          </button>
        ))}
      <span className="editor-footer__spacer" />
      <span className="editor-footer__status" role="status" data-testid="product-saved">
        {saved ? t('products.form.saved') : ''}
      </span>
      <button type="button" className="button" onClick={onClose}>
        {t('products.form.cancel')}
      </button>
      <button
        type="submit"
        form={`${idPrefix}-form`}
        className="button button--primary"
        data-testid="product-save"
        disabled={!connected || busy !== null}
        aria-keyshortcuts="Control+S Meta+S"
      >
        {busy === 'saving' ? t('products.form.saving') : t('products.form.save')}
      </button>
    </div>
  );

  return (
    <Drawer
      title={current ? t('products.form.editTitle') : t('products.form.newTitle')}
      closeLabel={t('products.form.close')}
      onClose={onClose}
      footer={footer}
    >
      <form id={`${idPrefix}-form`} className="product-form" data-testid="product-form" onSubmit={onSubmit} noValidate>
        {general && (
          <p className="notice notice--error" role="alert" data-testid="product-form-error">
            {general}
          </p>
        )}
        <div className="product-form__grid">
          {field(
            'sku',
            t('products.form.fields.sku'),
            text('sku', { autoComplete: 'off', spellCheck: false, maxLength: 64, autoFocus: !current }),
            t('products.form.hints.sku'),
          )}
          {field('category', t('products.form.fields.category'), text('category', { list: categoryListId, maxLength: 100 }))}
          {field('title', t('products.form.fields.title'), text('title', { maxLength: 200, autoFocus: !!current }), undefined, true)}
          {field('subtitle', t('products.form.fields.subtitle'), text('subtitle', { maxLength: 200 }), undefined, true)}
          {field(
            'livePrice',
            t('products.form.fields.livePrice'),
            text('livePrice', { inputMode: 'decimal', placeholder: '129.9' }),
            t('products.form.hints.price'),
          )}
          {field(
            'listPrice',
            t('products.form.fields.listPrice'),
            text('listPrice', { inputMode: 'decimal', placeholder: '199' }),
            t('products.form.hints.price'),
          )}
          {field('stock', t('products.form.fields.stock'), text('stock', { inputMode: 'numeric' }), t('products.form.hints.stock'))}
          {field('tags', t('products.form.fields.tags'), text('tags'), t('products.form.hints.tags'))}
          {field(
            'sellingPoints',
            t('products.form.fields.sellingPoints'),
            (props) => (
              <textarea {...props} rows={6} value={draft.sellingPoints} onChange={(e) => edit('sellingPoints', e.target.value)} />
            ),
            t('products.form.hints.sellingPoints'),
            true,
          )}
        </div>
        <datalist id={categoryListId}>
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <fieldset className="product-form__platforms">
          <legend className="pfield__label">{t('products.form.fields.platformIds')}</legend>
          <div className="product-form__grid product-form__grid--platforms">
            {PLATFORMS.map((p) => (
              <Fragment key={p}>
                {field(`platformIds.${p}`, t(`products.platforms.${p}`), (props) => (
                  <input
                    {...props}
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={64}
                    value={draft.platformIds[p]}
                    onChange={(e) => edit('platformIds', { ...draft.platformIds, [p]: e.target.value }, `platformIds.${p}`)}
                  />
                ))}
              </Fragment>
            ))}
          </div>
        </fieldset>
      </form>
    </Drawer>
  );
}

interface FieldControlProps {
  id: string;
  'data-testid': string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  className: string;
}
