import { Fragment, type InputHTMLAttributes, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../../shared/api/errors';
import type { Product } from '../../../../shared/domain/catalog/product';
import { errorMessage } from '../../state/bound';
import { type EditorBusy, EditorDrawer } from '../../ui/EditorDrawer';
import { type FieldControlProps, FormField, focusFirstField } from '../../ui/FormField';
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
import './productEditor.css';

interface Props {
  /** null: a new product. */
  product: Product | null;
  categories: string[];
  onClose(): void;
  /** What a new product starts with (e.g. what was typed in a cue's product picker). */
  initial?: Partial<ProductDraft>;
  /** Called once a new product is saved; the caller usually closes the editor and uses it. */
  onCreated?(product: Product): void;
  /** Open over another form (see Drawer). */
  portal?: boolean;
}

const TEST = 'product';

export function ProductEditor({ product, categories, onClose, initial, onCreated, portal = false }: Props) {
  const { t } = useTranslation();
  const create = useProducts((s) => s.create);
  const update = useProducts((s) => s.update);
  const remove = useProducts((s) => s.remove);
  const [current, setCurrent] = useState<Product | null>(product);
  const [draft, setDraft] = useState<ProductDraft>(() => (product ? draftOf(product) : { ...emptyDraft(), ...initial }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState<EditorBusy>(null);
  const [saved, setSaved] = useState(false);
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
      focusFirstField(TEST, Object.keys(read.errors));
      return;
    }
    setErrors({});
    setBusy('saving');
    try {
      const result = current ? await update(current.id, read.values) : await create(read.values);
      setCurrent(result);
      setDraft(draftOf(result));
      setSaved(true);
      if (!current) onCreated?.(result);
    } catch (error) {
      if (error instanceof ApiCallError) {
        const found = errorsFromApi(error);
        setErrors(found.fields);
        setGeneral(found.general === null ? null : t('editor.saveFailed', { message: found.general }));
        focusFirstField(TEST, Object.keys(found.fields));
      } else {
        setGeneral(t('editor.saveFailed', { message: errorMessage(error) }));
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
          : t('editor.deleteFailed', { message }),
      );
      setBusy(null);
    }
  }

  const field = (name: DraftField, label: string, control: (props: FieldControlProps) => ReactNode, hint?: string, wide = false) => (
    <FormField id={`${idPrefix}-${name}`} testPrefix={TEST} name={name} label={label} hint={hint} error={errorText(name)} wide={wide}>
      {control}
    </FormField>
  );

  const text =
    (key: Exclude<keyof ProductDraft, 'platformIds'>, extra: InputHTMLAttributes<HTMLInputElement> = {}) =>
    (props: FieldControlProps) => <input {...props} {...extra} value={draft[key]} onChange={(e) => edit(key, e.target.value)} />;

  return (
    <EditorDrawer
      title={current ? t('products.form.editTitle') : t('products.form.newTitle')}
      testPrefix={TEST}
      busy={busy}
      saved={saved}
      general={general}
      onSave={() => void save()}
      onClose={onClose}
      deletion={
        current
          ? { question: t('products.form.confirmDelete', { title: current.title, sku: current.sku }), onConfirm: () => void doDelete() }
          : undefined
      }
      portal={portal}
    >
      <div className="editor-grid">
        {field(
          'sku',
          t('products.form.fields.sku'),
          text('sku', { autoComplete: 'off', spellCheck: false, maxLength: 64, autoFocus: !current && !initial?.sku }),
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
        <div className="editor-grid">
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
    </EditorDrawer>
  );
}
