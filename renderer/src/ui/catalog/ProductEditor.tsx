import { Fragment, type ReactNode, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/catalog/product';
import { useProducts } from '../../state/products/productsStores';
import { EditorDrawer } from '../EditorDrawer';
import { type FieldControlProps, FormField } from '../FormField';
import { ProductImages } from '../images/ProductImages';
import { useImageUploads } from '../images/useImages';
import { useEditorState } from '../useEditorState';
import { type DraftField, draftOf, emptyDraft, type FormError, fieldOfPath, PLATFORMS, type ProductDraft, readDraft } from './productForm';
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
  const state = useEditorState({
    item: product,
    draftOf,
    newDraft: () => ({ ...emptyDraft(), ...initial }),
    read: readDraft,
    create,
    update,
    testPrefix: TEST,
    fieldOf: fieldOfPath,
    localText: (key: FormError) => t(`products.form.errors.${key}`),
    inUseText: (message) => t('products.form.deleteInUse', { message }),
    onCreated,
    onDeleted: onClose,
  });
  const { current, draft, edit } = state;
  const categoryListId = `${useId()}-categories`;
  // The list as it will be once pending edits apply: uploads end one after another, faster than a render.
  const shownImages = useRef(draft.images);
  shownImages.current = draft.images;
  const images = useImageUploads((hash) => {
    if (shownImages.current.includes(hash)) return false;
    shownImages.current = [...shownImages.current, hash];
    edit((d) => ({ images: d.images.includes(hash) ? d.images : [...d.images, hash] }));
    return true;
  });
  // Every file goes to the store, which says which are not pictures.
  const addFiles = (files: File[]) => images.add(files);

  const field = (name: DraftField, label: string, control: (props: FieldControlProps) => ReactNode, hint?: string, wide = false) => (
    <FormField {...state.fieldProps(name)} label={label} hint={hint} wide={wide}>
      {control}
    </FormField>
  );
  const text = state.textInput;

  return (
    <EditorDrawer
      title={current ? t('products.form.editTitle') : t('products.form.newTitle')}
      testPrefix={TEST}
      state={state}
      onClose={onClose}
      deletion={
        current ? { question: t('products.form.confirmDelete', { title: current.title, sku: current.sku }), removeItem: remove } : undefined
      }
      portal={portal}
      onFiles={addFiles}
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
        <ProductImages
          images={draft.images}
          onChange={(next) => edit({ images: next })}
          uploads={images.uploads}
          onFiles={addFiles}
          onDismiss={images.dismiss}
          error={state.problemText('images')}
        />
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
            <textarea {...props} rows={6} value={draft.sellingPoints} onChange={(e) => edit({ sellingPoints: e.target.value })} />
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
                  onChange={(e) => edit({ platformIds: { ...draft.platformIds, [p]: e.target.value } })}
                />
              ))}
            </Fragment>
          ))}
        </div>
      </fieldset>
    </EditorDrawer>
  );
}
