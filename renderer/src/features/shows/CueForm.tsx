import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Cue, CueType } from '../../../../shared/domain/catalog/show';
import { CreateInPlace } from '../../ui/catalog/CreateInPlace';
import { ItemPicker } from '../../ui/catalog/ItemPicker';
import { errorFor, fieldErrors, otherErrors } from './apiErrors';
import {
  CUE_TYPES,
  type CueDraft,
  configFromDraft,
  countdownKey,
  draftFromCue,
  emptyDraft,
  flashProblems,
  pickerFor,
  type RefInfo,
  refKey,
  refText,
  titleFromDraft,
} from './cueModel';
import { LiveSettingsFields } from './LiveSettingsFields';
import { applyLiveDraft, type LiveDraft, liveDraftFromConfig, liveDraftProblems } from './liveSettingsModel';
import { ObsActionsEditor } from './ObsActionsEditor';
import { insertSlot } from './reorder';
import { useShows } from './useShowsStores';

/** API error paths, by the form field that shows them. */
const FIELD_PATHS = {
  type: ['type'],
  item: ['config.productId', 'config.couponId', 'config.taskId'],
  title: ['title'],
  text: ['config.text'],
  sceneName: ['config.sceneName'],
  durationSec: ['config.durationMs', 'config.countdownMs'],
  flashPrice: ['config.flashPriceFen'],
  flashQuantity: ['config.flashQuantity'],
  position: ['afterId', 'beforeId'],
  /** Shown by the live settings and OBS actions sections themselves. */
  live: [
    'config.colour',
    'config.plannedDurationMs',
    'config.preWaitMs',
    'config.follow',
    'config.hotkey',
    'config.obsActions',
    'config.graphic',
  ],
} as const;
type Field = keyof typeof FIELD_PATHS;
const ALL_PATHS = Object.values(FIELD_PATHS).flat();

const END = '__end';
const START = '__start';

interface CueFormProps {
  /** The cue being edited; absent when adding. */
  cue?: Cue;
  cues: readonly Cue[];
  /** Where a new cue goes by default: after this cue (null = at the end). */
  afterId?: string | null;
  onDone(saved?: Cue): void;
}

/** Adds a cue (type, the item it is about, title, position, live settings, OBS actions) or edits one. */
export function CueForm({ cue, cues, afterId = null, onDone }: CueFormProps) {
  const { t } = useTranslation();
  const insertCue = useShows((s) => s.insertCue);
  const updateCue = useShows((s) => s.updateCue);
  const refs = useShows((s) => s.refs);
  const rememberRef = useShows((s) => s.rememberRef);
  const [draft, setDraft] = useState<CueDraft>(() => (cue ? draftFromCue(cue) : emptyDraft()));
  const [live, setLive] = useState<LiveDraft>(() => liveDraftFromConfig(cue?.config ?? {}));
  const [picking, setPicking] = useState(() => !cue || draftFromCue(cue).itemId === null);
  const [position, setPosition] = useState(afterId ?? END);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  /** A new item being made from the picker ("新建…"), with what was typed there. */
  const [creating, setCreating] = useState<{ query: string } | null>(null);
  const id = useId();

  const picker = pickerFor(draft.type);
  const pickedInfo: RefInfo | undefined = picker && draft.itemId ? refs[refKey({ kind: picker.kind, id: draft.itemId })] : undefined;
  const update = (patch: Partial<CueDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateLive = (patch: Partial<LiveDraft>) => setLive((l) => ({ ...l, ...patch }));
  /** The type-specific config as it would be saved (keys of the cue's current type kept). */
  const typeConfig = () => configFromDraft(draft, cue && cue.type === draft.type ? cue.config : {});
  const countdown = countdownKey(draft.type);

  /** A giveaway cue picks (and makes) giveaways only. */
  const giveawayTasks = draft.type === 'giveaway' ? ('giveaway' as const) : undefined;
  const pick = (itemId: string, info: RefInfo) => {
    if (!picker) return;
    rememberRef(picker.kind, itemId, info);
    update({ itemId });
    setPicking(false);
    setErrors({});
  };

  const changeType = (value: string) => {
    const parsed = CueType.safeParse(value);
    if (!parsed.success) return;
    const next = parsed.data;
    const keepItem = pickerFor(next)?.kind === picker?.kind && picker !== null;
    update({ type: next, itemId: keepItem ? draft.itemId : null });
    setPicking(!keepItem || draft.itemId === null);
    setErrors({});
  };

  const localErrors = (): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [path, key] of Object.entries(liveDraftProblems(live))) out[path] = t(`shows.cueForm.live.${key}`);
    for (const [path, key] of Object.entries(flashProblems(draft))) out[path] = t(`shows.cueForm.${key}`);
    if (picker?.required && !draft.itemId) out['config.productId'] = t('shows.cueForm.pickRequired');
    if (draft.type === 'note' && draft.text.trim() === '') out['config.text'] = t('shows.cueForm.textRequired');
    if (draft.type === 'scene' && draft.sceneName.trim() === '') out['config.sceneName'] = t('shows.cueForm.sceneRequired');
    return out;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = localErrors();
    if (Object.keys(local).length > 0) {
      setErrors(local);
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      const title = titleFromDraft(draft);
      let saved: Cue;
      if (cue) {
        const sameType = cue.type === draft.type;
        const config = applyLiveDraft(typeConfig(), live);
        saved = await updateCue({
          id: cue.id,
          ...(sameType ? {} : { type: draft.type }),
          ...(title !== undefined && title !== cue.title ? { title } : {}),
          config,
        });
      } else {
        const ids = cues.map((c) => c.id);
        const slot =
          position === END ? { afterId: ids.at(-1) ?? null, beforeId: null } : insertSlot(ids, position === START ? null : position);
        saved = await insertCue({
          type: draft.type,
          config: applyLiveDraft(typeConfig(), live),
          slot,
          ...(title !== undefined ? { title } : {}),
        });
      }
      onDone(saved);
    } catch (error) {
      setErrors(fieldErrors(error));
    } finally {
      setSaving(false);
    }
  };

  const errorOf = (field: Field) => errorFor(errors, ...FIELD_PATHS[field]);
  const errorId = (field: Field) => `${id}-${field}-error`;
  const fieldError = (field: Field) => {
    const message = errorOf(field);
    return message ? (
      <p className="form-field__error" id={errorId(field)} role="alert">
        {message}
      </p>
    ) : null;
  };
  const invalid = (field: Field) => (errorOf(field) ? true : undefined);
  /** A flash sale's price (yuan) or quantity: a short input with its hint and error. */
  const flashField = (field: 'flashPrice' | 'flashQuantity', inputMode: 'decimal' | 'numeric', placeholder?: string) => (
    <div className="form-field">
      <label className="form-field__label" htmlFor={`${id}-${field}`}>
        {t(`shows.cueForm.${field}`)}
      </label>
      <input
        id={`${id}-${field}`}
        className="pfield__control form-field__control form-field__control--number"
        data-testid={`cue-field-${field}`}
        inputMode={inputMode}
        placeholder={placeholder}
        value={draft[field]}
        aria-invalid={invalid(field)}
        aria-describedby={[errorOf(field) ? errorId(field) : '', `${id}-${field}-hint`].join(' ').trim()}
        onChange={(e) => update({ [field]: e.target.value })}
      />
      <p className="form-field__hint" id={`${id}-${field}-hint`}>
        {t(`shows.cueForm.${field}Hint`)}
      </p>
      {fieldError(field)}
    </div>
  );
  const general = otherErrors(errors, ALL_PATHS);

  return (
    <form
      className="card cue-form"
      data-testid="cue-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <h3 className="card__title">{cue ? t('shows.cueForm.editTitle') : t('shows.cueForm.addTitle')}</h3>
      {general.length > 0 && (
        <div className="notice notice--error" role="alert">
          {general.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}

      <fieldset className="form-field cue-form__types" data-testid="cue-field-type">
        <legend className="form-field__label">{t('shows.cueForm.type')}</legend>
        <div className="type-choices">
          {CUE_TYPES.map((type) => (
            <label key={type} className={`type-choice cue-type--${type}`} title={t(`shows.cueTypeHint.${type}`)}>
              <input
                type="radio"
                name={`${id}-type`}
                value={type}
                checked={draft.type === type}
                onChange={(e) => changeType(e.target.value)}
              />
              <span>{t(`glossary.cueType.${type}`)}</span>
            </label>
          ))}
        </div>
        <p className="form-field__hint">{t(`shows.cueTypeHint.${draft.type}`)}</p>
        {fieldError('type')}
      </fieldset>

      {picker && (
        <div className="form-field" data-testid="cue-field-item">
          <label className="form-field__label" htmlFor={`${id}-item`}>
            {t(`shows.cueForm.item.${giveawayTasks ?? picker.kind}`)}{' '}
            {!picker.required && <span className="muted">{t('shows.cueForm.itemOptional')}</span>}
          </label>
          {draft.itemId && !picking ? (
            <div className="picked">
              <span className="picked__label" data-testid="cue-picked">
                {refText(pickedInfo) ?? (pickedInfo?.state === 'missing' ? t('shows.cue.missingRef') : t('shows.cue.loadingRef'))}
              </span>
              <button type="button" className="button button--quiet" onClick={() => setPicking(true)}>
                {t('shows.cueForm.change')}
              </button>
              {!picker.required && (
                <button type="button" className="button button--quiet" onClick={() => update({ itemId: null })}>
                  {t('shows.cueForm.clear')}
                </button>
              )}
            </div>
          ) : (
            <ItemPicker
              kind={picker.kind}
              {...(giveawayTasks ? { taskType: giveawayTasks } : {})}
              inputId={`${id}-item`}
              {...(errorOf('item') ? { describedBy: errorId('item'), invalid: true } : {})}
              onPick={pick}
              onCreate={(query) => setCreating({ query })}
            />
          )}
          {creating && (
            <CreateInPlace
              kind={picker.kind}
              taskType={giveawayTasks}
              query={creating.query}
              onClose={() => setCreating(null)}
              onCreated={(itemId, info) => {
                setCreating(null);
                pick(itemId, info);
              }}
            />
          )}
          {fieldError('item')}
        </div>
      )}

      {draft.type === 'flash_sale' && (
        <div className="form-row">
          {flashField('flashPrice', 'decimal', '9.9')}
          {flashField('flashQuantity', 'numeric')}
        </div>
      )}

      {draft.type === 'note' && (
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-text`}>
            {t('shows.cueForm.text')}
          </label>
          <textarea
            id={`${id}-text`}
            className="pfield__control form-field__control form-field__control--area"
            data-testid="cue-field-text"
            rows={3}
            maxLength={2000}
            value={draft.text}
            placeholder={t('shows.cueForm.textPlaceholder')}
            aria-invalid={invalid('text')}
            aria-describedby={errorOf('text') ? errorId('text') : undefined}
            onChange={(e) => update({ text: e.target.value })}
          />
          {fieldError('text')}
        </div>
      )}

      {draft.type === 'scene' && (
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-scene`}>
            {t('shows.cueForm.sceneName')}
          </label>
          <input
            id={`${id}-scene`}
            className="pfield__control form-field__control"
            data-testid="cue-field-sceneName"
            maxLength={256}
            value={draft.sceneName}
            aria-invalid={invalid('sceneName')}
            aria-describedby={errorOf('sceneName') ? errorId('sceneName') : undefined}
            onChange={(e) => update({ sceneName: e.target.value })}
          />
          {fieldError('sceneName')}
        </div>
      )}

      <div className="form-row">
        <div className="form-field form-row__grow">
          <label className="form-field__label" htmlFor={`${id}-title`}>
            {t('shows.cueForm.title')}
          </label>
          <input
            id={`${id}-title`}
            className="pfield__control form-field__control"
            data-testid="cue-field-title"
            maxLength={200}
            value={draft.title}
            aria-invalid={invalid('title')}
            aria-describedby={[errorOf('title') ? errorId('title') : '', `${id}-title-hint`].join(' ').trim()}
            onChange={(e) => update({ title: e.target.value })}
          />
          <p className="form-field__hint" id={`${id}-title-hint`}>
            {t('shows.cueForm.titleHint')}
          </p>
          {fieldError('title')}
        </div>

        {countdown && (
          <div className="form-field">
            <label className="form-field__label" htmlFor={`${id}-duration`}>
              {t(countdown === 'durationMs' ? 'shows.cueForm.durationSec' : 'shows.cueForm.countdownSec')}
            </label>
            <input
              id={`${id}-duration`}
              className="pfield__control form-field__control form-field__control--number"
              data-testid="cue-field-durationSec"
              inputMode="numeric"
              value={draft.durationSec}
              aria-invalid={invalid('durationSec')}
              aria-describedby={[errorOf('durationSec') ? errorId('durationSec') : '', `${id}-duration-hint`].join(' ').trim()}
              onChange={(e) => update({ durationSec: e.target.value })}
            />
            <p className="form-field__hint" id={`${id}-duration-hint`}>
              {t(countdown === 'durationMs' ? 'shows.cueForm.durationHint' : 'shows.cueForm.countdownHint')}
            </p>
            {fieldError('durationSec')}
          </div>
        )}
      </div>

      <LiveSettingsFields id={`${id}-live`} type={draft.type} live={live} errors={errors} onChange={updateLive} />
      <ObsActionsEditor
        id={`${id}-obs`}
        type={draft.type}
        sceneName={draft.sceneName}
        live={live}
        errors={errors}
        cues={cues}
        onChange={updateLive}
      />

      {!cue && cues.length > 0 && (
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-position`}>
            {t('shows.cueForm.position')}
          </label>
          <select
            id={`${id}-position`}
            className="pfield__control form-field__control"
            data-testid="cue-field-position"
            value={position}
            aria-invalid={invalid('position')}
            onChange={(e) => setPosition(e.target.value)}
          >
            <option value={END}>{t('shows.cueForm.atEnd')}</option>
            <option value={START}>{t('shows.cueForm.atStart')}</option>
            {cues.map((c, index) => (
              <option key={c.id} value={c.id}>
                {t('shows.cueForm.after', { n: index + 1, title: c.title })}
              </option>
            ))}
          </select>
          {fieldError('position')}
        </div>
      )}

      <div className="form-actions">
        <button type="submit" className="button button--primary" data-testid="cue-save" disabled={saving}>
          {saving ? t('shows.cueForm.saving') : cue ? t('shows.cueForm.save') : t('shows.cueForm.add')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onDone()}>
          {t('shows.cueForm.cancel')}
        </button>
      </div>
    </form>
  );
}
