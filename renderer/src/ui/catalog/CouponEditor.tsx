import { type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUPON_RULES, type Coupon, CouponType } from '../../../../shared/domain/catalog/coupon';
import { useAppState } from '../../state/AppStateContext';
import { fetchRefInfo, type RefInfo } from '../../state/catalog/catalogRefs';
import { useCoupons } from '../../state/catalog/catalogStores';
import { EditorDrawer } from '../EditorDrawer';
import { type FieldControlProps, FormField } from '../FormField';
import { useEditorState } from '../useEditorState';
import {
  type CouponDraft,
  type CouponField,
  type CouponFormError,
  couponDraftOf,
  couponFieldOf,
  emptyCouponDraft,
  readCouponDraft,
  usesThreshold,
} from './couponForm';
import { ItemPicker } from './ItemPicker';
import './coupons.css';

interface Props {
  /** null: a new coupon. */
  coupon: Coupon | null;
  onClose(): void;
  /** What a new coupon starts with (e.g. the name typed in a cue's coupon picker). */
  initial?: Partial<CouponDraft>;
  onCreated?(coupon: Coupon): void;
  portal?: boolean;
}

const TEST = 'coupon';

/** Creates or edits a coupon of any type; every refusal of the backend shows under the field it names. */
export function CouponEditor({ coupon, onClose, initial, onCreated, portal = false }: Props) {
  const { t, i18n } = useTranslation();
  const { client } = useAppState();
  const create = useCoupons((s) => s.create);
  const update = useCoupons((s) => s.update);
  const remove = useCoupons((s) => s.remove);
  const style = i18n.language.startsWith('zh') ? 'zhe' : 'percent';
  const [productInfo, setProductInfo] = useState<Record<string, RefInfo>>({});
  const id = useId();
  const state = useEditorState({
    item: coupon,
    draftOf: (c: Coupon) => couponDraftOf(c, style),
    newDraft: () => emptyCouponDraft(Date.now(), initial),
    read: readCouponDraft,
    create,
    update,
    testPrefix: TEST,
    fieldOf: couponFieldOf,
    localText: (key: CouponFormError) => t(`coupons.form.errors.${key}`),
    rules: { sentences: COUPON_RULES, text: (rule) => t(`coupons.rules.${rule}`) },
    inUseText: (message) => t('coupons.form.deleteInUse', { message }),
    onCreated,
    onDeleted: onClose,
  });
  const { current, draft, edit, problemText } = state;

  // Names for the products the coupon already has (a new pick brings its own).
  useEffect(() => {
    let cancelled = false;
    for (const productId of coupon?.productIds ?? []) {
      void fetchRefInfo(client, { kind: 'product', id: productId }).then((info) => {
        if (info && !cancelled) setProductInfo((known) => ({ ...known, [productId]: info }));
      });
    }
    return () => {
      cancelled = true;
    };
  }, [client, coupon]);

  const field = (name: CouponField, label: ReactNode, control: (props: FieldControlProps) => ReactNode, hint?: ReactNode, wide = false) => (
    <FormField {...state.fieldProps(name)} label={label} hint={hint} wide={wide}>
      {control}
    </FormField>
  );
  const text = state.textInput;

  const type = draft.type;
  const toggleProduct = (productId: string, info: RefInfo) => {
    setProductInfo((known) => ({ ...known, [productId]: info }));
    const has = draft.productIds.includes(productId);
    edit({ productIds: has ? draft.productIds.filter((p) => p !== productId) : [...draft.productIds, productId] });
  };

  return (
    <EditorDrawer
      title={current ? t('coupons.form.editTitle') : t('coupons.form.newTitle')}
      testPrefix={TEST}
      state={state}
      onClose={onClose}
      deletion={current ? { question: t('coupons.form.confirmDelete', { name: current.name }), removeItem: remove } : undefined}
      portal={portal}
    >
      <fieldset className="pfield" data-testid="coupon-field-type">
        <legend className="pfield__label">{t('coupons.form.type')}</legend>
        <div className="choice-chips">
          {CouponType.options.map((option) => (
            <label key={option} className="choice-chip">
              <input type="radio" name={`${id}-type`} value={option} checked={type === option} onChange={() => edit({ type: option })} />
              {t(`glossary.couponType.${option}`)}
            </label>
          ))}
        </div>
        <p className="pfield__hint">{t(`coupons.form.typeHint.${type}`)}</p>
      </fieldset>

      <div className="editor-grid">
        {field(
          'name',
          t('coupons.form.name'),
          text('name', { maxLength: 100, placeholder: t('coupons.form.namePlaceholder'), autoFocus: !current }),
          undefined,
          true,
        )}
        {type === 'threshold' &&
          field('threshold', t('coupons.form.thresholdRequired'), text('threshold', { inputMode: 'decimal', placeholder: '199' }))}
        {field(
          'value',
          t(`coupons.form.value.${type}`),
          text(
            'value',
            type === 'percent' ? { placeholder: '8.5折' } : { inputMode: 'decimal', placeholder: type === 'flash_price' ? '9.9' : '30' },
          ),
          t(type === 'percent' ? 'coupons.form.valueHint.percent' : 'coupons.form.valueHint.money'),
        )}
        {usesThreshold(type) &&
          type !== 'threshold' &&
          field(
            'threshold',
            t('coupons.form.threshold'),
            text('threshold', { inputMode: 'decimal', placeholder: '99' }),
            t('coupons.form.thresholdHint'),
          )}
        {field('quantity', t('coupons.form.quantity'), text('quantity', { inputMode: 'numeric' }), t('coupons.form.quantityHint'))}
        {field(
          'perBuyerLimit',
          t('coupons.form.perBuyerLimit'),
          text('perBuyerLimit', { inputMode: 'numeric' }),
          t('coupons.form.perBuyerLimitHint'),
        )}
        {field(
          'startsAt',
          t('coupons.form.startsAt'),
          text('startsAt', { type: 'datetime-local' }),
          current ? undefined : t('coupons.form.validityHint'),
        )}
        {field('endsAt', t('coupons.form.endsAt'), text('endsAt', { type: 'datetime-local' }))}
      </div>

      <div className="pfield coupon-products" data-testid="coupon-field-productIds">
        <label className="pfield__label" htmlFor={`${id}-products`}>
          {t('coupons.form.products')}
        </label>
        <ul className="coupon-products__chips" aria-label={t('coupons.form.products')}>
          {draft.productIds.length === 0 && <li className="muted">{t('coupons.form.productsNone')}</li>}
          {draft.productIds.map((productId) => {
            const info = productInfo[productId];
            const title = info?.state === 'ok' ? (info.code ? `${info.code} · ${info.title}` : info.title) : productId.slice(0, 8);
            return (
              <li key={productId} className="coupon-products__chip" data-testid="coupon-product" data-id={productId}>
                <span>{title}</span>
                <button
                  type="button"
                  className="coupon-products__remove"
                  aria-label={t('coupons.form.removeProduct', { title })}
                  title={t('coupons.form.removeProduct', { title })}
                  onClick={() => edit({ productIds: draft.productIds.filter((p) => p !== productId) })}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
        <ItemPicker
          kind="product"
          inputId={`${id}-products`}
          pickedIds={draft.productIds}
          onPick={toggleProduct}
          {...(problemText('productIds') ? { describedBy: `${id}-productIds-error`, invalid: true } : {})}
        />
        <p className="pfield__hint">{t(type === 'flash_price' ? 'coupons.form.productsHintFlash' : 'coupons.form.productsHint')}</p>
        {problemText('productIds') && (
          <p className="pfield__error" id={`${id}-productIds-error`} data-testid="coupon-field-error-productIds" role="alert">
            {problemText('productIds')}
          </p>
        )}
      </div>
    </EditorDrawer>
  );
}
