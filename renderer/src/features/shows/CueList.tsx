import { type DragEvent, type KeyboardEvent, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cue } from '../../../../shared/domain/catalog/show';
import { formatMinSec } from '../../format/minSec';
import { formatFen } from '../../format/money';
import { hotkeyLabel } from '../../keyboard/hotkeyChord';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { CueForm } from './CueForm';
import { cueRefs, refKey, refText } from './cueModel';
import { type CueSlot, dropSlot, gapAt, stepSlot } from './reorder';
import { useShows } from './useShowsStores';

const CUE_DRAG_TYPE = 'application/x-livecue-cue';

interface CueListProps {
  cues: readonly Cue[];
  activeId: string | null;
  onActivate(id: string): void;
  /** A show from head office: rows can be looked at, not moved, edited or deleted. */
  readOnly?: boolean;
}

/** The run of show: numbered rows, keyboard and drag-and-drop reordering, inline edit and delete. */
export function CueList({ cues, activeId, onActivate, readOnly = false }: CueListProps) {
  const { t } = useTranslation();
  const moveCue = useShows((s) => s.moveCue);
  const deleteCue = useShows((s) => s.deleteCue);
  // Read-only blocks every change the way a running edit does.
  const busy = useShows((s) => s.busy) || readOnly;
  const [editingId, setEditingId] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [dropGap, setDropGap] = useState<number | null>(null);
  const [deleteRequest, setDeleteRequest] = useState<{ id: string; n: number } | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());
  /** Row to focus after the next render (after a move, the moved cue keeps the focus). */
  const focusNext = useRef<string | null>(null);
  const ids = cues.map((c) => c.id);
  const lockedTitle = readOnly ? t('headOffice.origin.cannotEdit') : undefined;

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each new cue order
  useLayoutEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    const row = rows.current.get(id);
    if (row) {
      row.focus();
      row.scrollIntoView({ block: 'nearest' });
      focusNext.current = null;
    }
  }, [cues]);

  const move = (id: string, slot: CueSlot | null) => {
    if (!slot || busy) return;
    focusNext.current = id;
    void moveCue(id, slot);
  };

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    onActivate(id);
    rows.current.get(id)?.focus();
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLLIElement>, cue: Cue, index: number) => {
    if (event.target !== event.currentTarget) return;
    const { key, altKey, ctrlKey, metaKey } = event;
    if (altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      event.preventDefault();
      move(cue.id, stepSlot(ids, cue.id, key === 'ArrowUp' ? -1 : 1));
    } else if (!altKey && !ctrlKey && !metaKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      event.preventDefault();
      focusRow(ids[index + (key === 'ArrowUp' ? -1 : 1)]);
    } else if (key === 'Home' || key === 'End') {
      event.preventDefault();
      focusRow(key === 'Home' ? ids[0] : ids.at(-1));
    } else if (readOnly) {
      return;
    } else if (key === 'Enter' || key === 'F2') {
      event.preventDefault();
      setEditingId(cue.id);
    } else if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      setDeleteRequest((r) => ({ id: cue.id, n: (r?.n ?? 0) + 1 }));
    }
  };

  const onDragOver = (event: DragEvent<HTMLLIElement>, index: number) => {
    if (dragId === null || !event.dataTransfer.types.includes(CUE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const box = event.currentTarget.getBoundingClientRect();
    setDropGap(gapAt(index, event.clientY, box.top, box.height));
  };

  const onDrop = (event: DragEvent) => {
    if (dragId === null || dropGap === null) return;
    event.preventDefault();
    event.stopPropagation();
    move(dragId, dropSlot(ids, dragId, dropGap));
    setDragId(null);
    setDropGap(null);
  };

  const endDrag = () => {
    setDragId(null);
    setDropGap(null);
  };

  return (
    <ol className="cue-list" aria-label={t('shows.editor.cueList')} onDrop={onDrop}>
      {cues.map((cue, index) => {
        // A row's edit form never opens on a read-only show, however it was asked for.
        if (cue.id === editingId && !readOnly) {
          return (
            <li key={cue.id} className="cue-list__editing">
              <CueForm
                cue={cue}
                cues={cues}
                onDone={() => {
                  setEditingId(null);
                  focusNext.current = cue.id;
                  requestAnimationFrame(() => rows.current.get(cue.id)?.focus());
                }}
              />
            </li>
          );
        }
        const dropBefore = dragId !== null && dropGap === index && dropSlot(ids, dragId, index) !== null;
        const dropAfter =
          dragId !== null && dropGap === index + 1 && index === cues.length - 1 && dropSlot(ids, dragId, index + 1) !== null;
        return (
          <li
            key={cue.id}
            ref={(el) => {
              if (el) rows.current.set(cue.id, el);
              else rows.current.delete(cue.id);
            }}
            className={[
              'cue-row',
              `cue-type--${cue.type}`,
              cue.id === activeId ? 'cue-row--active' : '',
              cue.id === dragId ? 'cue-row--dragging' : '',
              dropBefore ? 'cue-row--drop-before' : '',
              dropAfter ? 'cue-row--drop-after' : '',
            ].join(' ')}
            data-testid="cue-item"
            data-cue-id={cue.id}
            data-type={cue.type}
            tabIndex={cue.id === activeId || (activeId === null && index === 0) ? 0 : -1}
            aria-label={`${t('shows.cue.position', { n: index + 1 })}: ${t(`glossary.cueType.${cue.type}`)} – ${cue.title}`}
            aria-current={cue.id === activeId ? 'true' : undefined}
            draggable={!busy}
            onFocus={(e) => {
              if (e.target === e.currentTarget) onActivate(cue.id);
            }}
            onClick={() => onActivate(cue.id)}
            onKeyDown={(e) => onRowKeyDown(e, cue, index)}
            onDragStart={(e) => {
              e.dataTransfer.setData(CUE_DRAG_TYPE, cue.id);
              e.dataTransfer.effectAllowed = 'move';
              setDragId(cue.id);
            }}
            onDragOver={(e) => onDragOver(e, index)}
            onDragEnd={endDrag}
          >
            <span className="cue-row__grip" aria-hidden="true" title={t('shows.cue.dragHandle')}>
              ⋮⋮
            </span>
            <CueColour colour={cue.config.colour} />
            <span className="cue-row__number">{index + 1}</span>
            <span className="cue-row__type">{t(`glossary.cueType.${cue.type}`)}</span>
            <span className="cue-row__body">
              <span className="cue-row__title">{cue.title}</span>
              <CueDetail cue={cue} />
            </span>
            <span className="cue-row__hotkey-cell">
              {typeof cue.config.hotkey === 'string' && (
                <kbd className="cue-row__hotkey" data-testid="cue-hotkey" title={t('shows.cue.hotkey', { hotkey: cue.config.hotkey })}>
                  {hotkeyLabel(cue.config.hotkey)}
                </kbd>
              )}
            </span>
            <span className="cue-row__actions">
              <button
                type="button"
                className="icon-button"
                data-testid="cue-move-up"
                aria-label={t('shows.cue.moveUp')}
                title={`${t('shows.cue.moveUp')} (Alt+↑)`}
                tabIndex={-1}
                disabled={busy || index === 0}
                onClick={() => move(cue.id, stepSlot(ids, cue.id, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                data-testid="cue-move-down"
                aria-label={t('shows.cue.moveDown')}
                title={`${t('shows.cue.moveDown')} (Alt+↓)`}
                tabIndex={-1}
                disabled={busy || index === cues.length - 1}
                onClick={() => move(cue.id, stepSlot(ids, cue.id, 1))}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button--quiet"
                data-testid="cue-edit"
                disabled={readOnly}
                title={lockedTitle}
                onClick={() => setEditingId(cue.id)}
              >
                {t('shows.cue.edit')}
              </button>
              <ConfirmButton
                label={t('shows.cue.delete')}
                question={t('shows.cue.confirmDelete')}
                yes={t('shows.cue.delete')}
                no={t('shows.editor.confirmNo')}
                testId="cue-delete"
                disabled={busy}
                title={lockedTitle}
                armRequest={deleteRequest?.id === cue.id ? deleteRequest.n : 0}
                onConfirm={() => {
                  focusNext.current = ids[index + 1] ?? ids[index - 1] ?? null;
                  void deleteCue(cue.id);
                }}
              />
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** The cue's colour as a bar at the row's edge, the way an operator spots it in a long list. */
function CueColour({ colour }: { colour: unknown }) {
  const { t } = useTranslation();
  if (typeof colour !== 'string') return <span className="cue-row__colour" aria-hidden="true" />;
  return (
    <span
      className="cue-row__colour"
      data-testid="cue-colour"
      data-colour={colour}
      style={{ background: colour }}
      role="img"
      aria-label={t('shows.cue.colour', { colour })}
    />
  );
}

/** What a cue refers to (SKU and title, coupon, task), or its text, under the title. */
function CueDetail({ cue }: { cue: Cue }) {
  const { t } = useTranslation();
  const refs = useShows((s) => s.refs);
  const parts: { text: string; missing?: boolean; code?: boolean; flash?: boolean; unset?: boolean }[] = [];
  for (const ref of cueRefs(cue.type, cue.config)) {
    const info = refs[refKey(ref)];
    if (info?.state === 'missing') parts.push({ text: t('shows.cue.missingRef'), missing: true });
    else parts.push({ text: refText(info) ?? t('shows.cue.loadingRef') });
  }
  if (cue.type === 'giveaway' && parts.length === 0) parts.push({ text: t('shows.cue.noTask') });
  if (cue.type === 'note' && typeof cue.config.text === 'string' && cue.config.text.trim() !== cue.title.trim()) {
    parts.push({ text: cue.config.text });
  }
  if (cue.type === 'scene' && typeof cue.config.sceneName === 'string' && cue.config.sceneName !== cue.title) {
    parts.push({ text: cue.config.sceneName, code: true });
  }
  if (cue.type === 'flash_sale') {
    const price = cue.config.flashPriceFen;
    if (typeof price === 'number') parts.push({ text: t('catalog.flashSale.price', { price: formatFen(price) }), flash: true });
    else parts.push({ text: t('catalog.flashSale.noPrice'), unset: true });
    if (typeof cue.config.flashQuantity === 'number')
      parts.push({ text: t('catalog.flashSale.quantity', { n: cue.config.flashQuantity }) });
  }
  const countdown = cue.config.durationMs ?? cue.config.countdownMs;
  if (typeof countdown === 'number') parts.push({ text: t('shows.cue.duration', { duration: formatMinSec(countdown) }) });
  if (typeof cue.config.plannedDurationMs === 'number')
    parts.push({ text: t('shows.cue.planned', { duration: formatMinSec(cue.config.plannedDurationMs) }) });
  if (parts.length === 0) return null;
  return (
    <span className="cue-row__detail" data-testid="cue-detail">
      {parts.map((part, i) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed, derived list
          key={i}
          className={
            part.missing
              ? 'cue-row__missing'
              : part.code
                ? 'cue-row__code'
                : part.flash
                  ? 'cue-row__flash'
                  : part.unset
                    ? 'cue-row__unset'
                    : undefined
          }
        >
          {part.text}
        </span>
      ))}
    </span>
  );
}
