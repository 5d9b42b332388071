import { type DragEvent, type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImageMime } from '../../../../shared/domain/catalog/image';
import { moveItem } from './imageOrder';
import { Thumbnail } from './Thumbnail';
import type { Upload } from './useImages';
import './images.css';

const IMAGE_DRAG_TYPE = 'application/x-livecue-image';
const ACCEPT = ImageMime.options.join(',');

interface Props {
  /** Image hashes in order; the first is the main image. */
  images: readonly string[];
  onChange(images: string[]): void;
  uploads: readonly Upload[];
  onFiles(files: File[]): void;
  onDismiss(key: number): void;
  /** The backend's refusal of the list (e.g. too many), already translated. */
  error: string | null;
}

/** A product's images: add (file, paste, drop), reorder (drag, buttons, Alt+← / Alt+→), remove; the first is the main one. */
export function ProductImages({ images, onChange, uploads, onFiles, onDismiss, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [filesOver, setFilesOver] = useState(false);
  const [focused, setFocused] = useState(0);
  const tiles = useRef(new Map<string, HTMLLIElement>());
  /** The tile to focus after the next render (a moved image keeps the focus). */
  const focusNext = useRef<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each new order
  useLayoutEffect(() => {
    const hash = focusNext.current;
    if (hash === null) return;
    tiles.current.get(hash)?.focus();
    focusNext.current = null;
  }, [images]);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= images.length || to === from) return;
    focusNext.current = images[from] ?? null;
    onChange(moveItem(images, from, to));
  };
  const remove = (index: number) => {
    focusNext.current = images[index + 1] ?? images[index - 1] ?? null;
    onChange(images.filter((_, i) => i !== index));
  };

  const onTileKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (event.target !== event.currentTarget) return;
    const { key, altKey } = event;
    const step = key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : key === 'ArrowRight' || key === 'ArrowDown' ? 1 : 0;
    if (step !== 0) {
      event.preventDefault();
      if (altKey) move(index, index + step);
      else tiles.current.get(images[index + step] ?? '')?.focus();
    } else if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      remove(index);
    }
  };

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');
  const onZoneDragOver = (event: DragEvent) => {
    if (!hasFiles(event) && !event.dataTransfer.types.includes(IMAGE_DRAG_TYPE)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = hasFiles(event) ? 'copy' : 'move';
    if (hasFiles(event)) setFilesOver(true);
  };
  const onZoneDrop = (event: DragEvent, target: number = images.length - 1) => {
    event.preventDefault();
    event.stopPropagation();
    setFilesOver(false);
    if (hasFiles(event)) onFiles(Array.from(event.dataTransfer.files));
    else if (dragFrom !== null) move(dragFrom, target);
    setDragFrom(null);
  };

  return (
    <fieldset
      className={`pfield pfield--wide product-images${filesOver ? ' product-images--over' : ''}`}
      data-testid="product-images"
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      onDragOver={onZoneDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFilesOver(false);
      }}
      onDrop={(e) => onZoneDrop(e)}
    >
      <legend className="pfield__label">{t('images.legend')}</legend>
      <ol className="product-images__tiles">
        {images.map((hash, index) => (
          <li
            key={hash}
            ref={(el) => {
              if (el) tiles.current.set(hash, el);
              else tiles.current.delete(hash);
            }}
            className={`image-tile${dragFrom === index ? ' image-tile--dragging' : ''}`}
            data-testid="product-image"
            data-hash={hash}
            // One tab stop for the whole list (the one last focused); the arrows go between tiles.
            tabIndex={index === Math.min(focused, images.length - 1) ? 0 : -1}
            onFocus={(e) => {
              if (e.target === e.currentTarget) setFocused(index);
            }}
            aria-label={index === 0 ? `${t('images.image', { n: 1 })}, ${t('images.main')}` : t('images.image', { n: index + 1 })}
            aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Delete"
            draggable
            onDragStart={(e) => {
              e.dataTransfer.setData(IMAGE_DRAG_TYPE, hash);
              e.dataTransfer.effectAllowed = 'move';
              setDragFrom(index);
            }}
            onDragEnd={() => setDragFrom(null)}
            onDrop={(e) => onZoneDrop(e, index)}
            onKeyDown={(e) => onTileKeyDown(e, index)}
          >
            <Thumbnail hash={hash} size="m" />
            {index === 0 && <span className="image-tile__main">{t('images.main')}</span>}
            <span className="image-tile__buttons">
              <button
                type="button"
                className="image-tile__button"
                tabIndex={-1}
                disabled={index === 0}
                aria-label={t('images.moveEarlier')}
                title={`${t('images.moveEarlier')} (Alt+←)`}
                onClick={() => move(index, index - 1)}
              >
                ←
              </button>
              <button
                type="button"
                className="image-tile__button"
                tabIndex={-1}
                disabled={index === images.length - 1}
                aria-label={t('images.moveLater')}
                title={`${t('images.moveLater')} (Alt+→)`}
                onClick={() => move(index, index + 1)}
              >
                →
              </button>
              <button
                type="button"
                className="image-tile__button image-tile__button--remove"
                tabIndex={-1}
                data-testid="product-image-remove"
                aria-label={t('images.remove')}
                title={`${t('images.remove')} (Delete)`}
                onClick={() => remove(index)}
              >
                ✕
              </button>
            </span>
          </li>
        ))}
        {uploads
          .filter((u) => u.state === 'sending')
          .map((u) => (
            <li key={`u${u.key}`} className="image-tile image-tile--pending" data-testid="product-image-upload">
              <span className="image-tile__name">{t('images.uploading', { name: u.name })}</span>
              <progress className="image-tile__progress" max={1} value={u.state === 'sending' ? u.progress : 1} />
            </li>
          ))}
        <li className="image-tile image-tile--add">
          <label className="image-tile__add" htmlFor={`${id}-files`}>
            <span aria-hidden="true" className="image-tile__plus">
              +
            </span>
            {t('images.add')}
          </label>
          <input
            id={`${id}-files`}
            className="visually-hidden"
            type="file"
            multiple
            accept={ACCEPT}
            data-testid="product-image-input"
            onChange={(e) => {
              onFiles(Array.from(e.target.files ?? []));
              e.target.value = '';
            }}
          />
        </li>
      </ol>
      {images.length === 0 && <p className="muted">{t('images.none')}</p>}
      <p className="pfield__hint" id={`${id}-hint`}>
        {t('images.hint')}
      </p>
      {uploads.map((u) =>
        u.state === 'sending' ? null : (
          <p key={u.key} className="notice notice--warn product-images__problem" role="alert" data-testid="product-image-problem">
            <span>
              {u.state === 'already'
                ? t('images.already', { name: u.name })
                : u.reason === 'failed'
                  ? t('images.problem.failed', { name: u.name, message: u.message })
                  : t(`images.problem.${u.reason}`, { name: u.name })}
            </span>
            <button type="button" className="button button--quiet" onClick={() => onDismiss(u.key)}>
              {t('images.dismiss')}
            </button>
          </p>
        ),
      )}
      {error && (
        <p className="pfield__error" id={`${id}-error`} data-testid="product-field-error-images" role="alert">
          {error}
        </p>
      )}
      {filesOver && (
        <div className="product-images__drop" aria-hidden="true">
          {t('images.dropHere')}
        </div>
      )}
    </fieldset>
  );
}
