import { useTranslation } from 'react-i18next';
import type { ObsOutputKind } from '../../../../shared/domain/obsActions';
import type { GoLiveOutputs, SessionPreflight } from '../../../../shared/domain/session/sessionPreflight';
import { outputOptions } from './preflightView';

interface OutputChoicesProps {
  preflight: SessionPreflight | null;
  chosen: GoLiveOutputs;
  onChoose(kind: ObsOutputKind, on: boolean): void;
}

/** Which OBS outputs to start with the session: one large toggle each, saying why it cannot be chosen. */
export function OutputChoices({ preflight, chosen, onChoose }: OutputChoicesProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="live-outputs" data-testid="live-outputs">
      <legend>{t('live.outputs.title')}</legend>
      <div className="live-outputs__toggles">
        {outputOptions(preflight).map((option) => {
          const note = option.blocked ?? (option.active ? 'active' : null);
          const noteId = `live-output-note-${option.kind}`;
          const on = option.active || (option.blocked === null && chosen[option.kind]);
          return (
            <label
              key={option.kind}
              className={`live-output${on ? ' live-output--on' : ''}${option.blocked ? ' live-output--blocked' : ''}`}
              data-testid={`live-output-${option.kind}`}
              data-note={note ?? ''}
            >
              <input
                type="checkbox"
                role="switch"
                aria-checked={on}
                className="live-output__switch"
                checked={on}
                disabled={option.blocked !== null || option.active}
                aria-describedby={note ? noteId : undefined}
                onChange={(e) => onChoose(option.kind, e.target.checked)}
              />
              <span className="live-output__text">
                <span className="live-output__name">{t(`live.outputs.names.${option.kind}`)}</span>
                {note && (
                  <span id={noteId} className="live-output__note">
                    {t(`live.outputs.notes.${note}`)}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
