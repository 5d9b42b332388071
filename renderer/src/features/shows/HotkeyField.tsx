import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hotkeyLabel } from '../../keyboard/hotkeyChord';
import { recordKey } from './hotkeys';

interface HotkeyFieldProps {
  id: string;
  value: string | null;
  /** The backend's message for config.hotkey (a taken or refused key). */
  error: string | undefined;
  onChange(value: string | null): void;
}

/** Press-to-record: while the field has focus, the next key (with its modifiers) becomes the hotkey. */
export function HotkeyField({ id, value, error, onChange }: HotkeyFieldProps) {
  const { t } = useTranslation();
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    // Tab keeps moving focus, so the recorder never traps the keyboard.
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) return;
    e.preventDefault();
    // Escape here is a key being recorded, not "close the form".
    e.stopPropagation();
    const recorded = recordKey(e);
    if (recorded.kind === 'modifier') return;
    if (recorded.kind === 'hotkey') onChange(recorded.spec);
    if (recorded.kind === 'clear') onChange(null);
    setProblem(
      recorded.kind === 'reserved'
        ? t(recorded.key === 'Space' ? 'shows.cueForm.live.reservedSpace' : 'shows.cueForm.live.reservedEscape')
        : recorded.kind === 'unsupported'
          ? t('shows.cueForm.live.unsupported')
          : null,
    );
  };

  const message = problem ?? error;
  return (
    <div className="form-field hotkey-field">
      <label className="form-field__label" htmlFor={id}>
        {t('shows.cueForm.live.hotkey')}
      </label>
      <div className="hotkey-field__row">
        <button
          id={id}
          type="button"
          className={`hotkey-field__recorder${listening ? ' hotkey-field__recorder--listening' : ''}`}
          data-testid="cue-field-hotkey"
          data-hotkey={value ?? ''}
          aria-invalid={message ? true : undefined}
          aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
          onFocus={() => setListening(true)}
          // The problem stays until the next key: clearing it here would shift the form under a click that is landing.
          onBlur={() => setListening(false)}
          onKeyDown={onKeyDown}
        >
          {value ? (
            <kbd>{hotkeyLabel(value)}</kbd>
          ) : (
            <span className="muted">{t(listening ? 'shows.cueForm.live.hotkeyListening' : 'shows.cueForm.live.hotkeyNone')}</span>
          )}
        </button>
        {value && (
          <button type="button" className="button button--quiet" data-testid="cue-hotkey-clear" onClick={() => onChange(null)}>
            {t('shows.cueForm.live.hotkeyClear')}
          </button>
        )}
      </div>
      {/* One hint whether or not the field listens: a hint that changed length on blur would move the form mid-click. */}
      <p className="form-field__hint" id={`${id}-hint`}>
        {t('shows.cueForm.live.hotkeyHint')}
      </p>
      {message && (
        <p className="form-field__error" id={`${id}-error`} role="alert" data-testid="cue-hotkey-error">
          {message}
        </p>
      )}
    </div>
  );
}
