import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraOptions, GraphicsRenderer, SetupReport } from '../../../../shared/domain/obsLayout';
import { useAppState, useSettings } from '../../state/AppStateContext';
import { errorMessage } from '../../state/bound';
import { type CameraDraft, cameraChoiceOf, defaultCameraDraft } from './cameraChoice';

/**
 * The setup assistant: asks which shot is the camera (the user's scenes, a capture source, or a device to add), and
 * which renderer draws the graphics, then builds LiveCue's graphics on top of that camera in OBS.
 */
export function GraphicsSetup({ ready }: { ready: boolean }) {
  const { t } = useTranslation();
  const { client } = useAppState();
  const showScene = useSettings((s) => s.settings?.obsShowScene ?? null);
  const [options, setOptions] = useState<CameraOptions | null>(null);
  const [draft, setDraft] = useState<CameraDraft | null>(null);
  const [renderer, setRenderer] = useState<GraphicsRenderer>('native');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<SetupReport | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);

  const open = async () => {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const found = await client.call('obs.cameraOptions', {});
      setOptions(found);
      setDraft(defaultCameraDraft(found, showScene));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    if (!draft) return;
    const picked = cameraChoiceOf(draft);
    if ('invalid' in picked) {
      setInvalid(t(`obs.assistant.invalid.${picked.invalid}`));
      return;
    }
    setInvalid(null);
    setBusy(true);
    setError(null);
    try {
      setReport(await client.call('obs.setup', { renderer, ...(picked.choice ? { camera: picked.choice } : {}) }));
      setOptions(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const set = (patch: Partial<CameraDraft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const list = (names: string[]) => (names.length > 0 ? names.join('、') : t('obs.settings.nothing'));

  return (
    <div className="graphics-setup" data-testid="graphics-setup">
      <p className="graphics-setup__scene" data-testid="graphics-show-scene">
        {showScene ? t('obs.assistant.showScene', { scene: showScene }) : t('obs.assistant.noShowScene')}
      </p>
      {!options && (
        <div className="field">
          <button type="button" className="button" data-testid="obs-setup" disabled={!ready || busy} onClick={() => void open()}>
            {t('obs.assistant.open')}
          </button>
          <p className="field__hint">{ready ? t('obs.assistant.hint') : t('obs.assistant.needsObs')}</p>
        </div>
      )}
      {options && draft && (
        <form
          className="graphics-setup__form"
          data-testid="graphics-setup-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <fieldset className="graphics-setup__group">
            <legend className="field__label">{t('obs.assistant.cameraQuestion')}</legend>
            <Choice name="camera-mode" checked={draft.mode === 'scenes'} onPick={() => set({ mode: 'scenes' })} testId="camera-mode-scenes">
              {t('obs.assistant.modeScenes')}
            </Choice>
            {draft.mode === 'scenes' && (
              <div className="graphics-setup__choices" data-testid="camera-scenes">
                {options.scenes.length === 0 && <p className="muted">{t('obs.assistant.noScenes')}</p>}
                {options.scenes.map((scene) => (
                  <label key={scene.name} className="graphics-setup__choice">
                    <input
                      type="checkbox"
                      checked={draft.scenes.includes(scene.name)}
                      data-testid="camera-scene"
                      data-scene={scene.name}
                      onChange={(e) =>
                        set({ scenes: e.target.checked ? [...draft.scenes, scene.name] : draft.scenes.filter((n) => n !== scene.name) })
                      }
                    />
                    <span>{scene.name}</span>
                    {scene.hasCamera && <span className="graphics-setup__tag">{t('obs.assistant.hasCamera')}</span>}
                    {scene.hasGraphics && <span className="graphics-setup__tag">{t('obs.assistant.hasGraphics')}</span>}
                  </label>
                ))}
                <p className="field__hint">{t('obs.assistant.scenesHint')}</p>
              </div>
            )}
            <Choice
              name="camera-mode"
              checked={draft.mode === 'input'}
              disabled={options.videoInputs.length === 0}
              onPick={() => set({ mode: 'input' })}
              testId="camera-mode-input"
              note={options.videoInputs.length === 0 ? t('obs.assistant.noInputs') : null}
            >
              {t('obs.assistant.modeInput')}
            </Choice>
            {draft.mode === 'input' && (
              <Select
                value={draft.input}
                onChange={(input) => set({ input })}
                testId="camera-input"
                options={options.videoInputs.map((i) => ({ value: i.name, label: i.name }))}
              />
            )}
            <Choice
              name="camera-mode"
              checked={draft.mode === 'device'}
              disabled={options.deviceKind === null}
              onPick={() => set({ mode: 'device' })}
              testId="camera-mode-device"
            >
              {t('obs.assistant.modeDevice')}
            </Choice>
            {draft.mode === 'device' &&
              (options.devices.length === 0 ? (
                <p className="field__error" data-testid="camera-no-devices">
                  {t('obs.assistant.noDevices')}
                </p>
              ) : (
                <Select
                  value={draft.deviceId}
                  onChange={(deviceId) => set({ deviceId })}
                  testId="camera-device"
                  options={options.devices.map((d) => ({ value: d.id, label: d.name }))}
                />
              ))}
            <Choice name="camera-mode" checked={draft.mode === 'none'} onPick={() => set({ mode: 'none' })} testId="camera-mode-none">
              {t('obs.assistant.modeNone')}
            </Choice>
          </fieldset>
          <fieldset className="graphics-setup__group">
            <legend className="field__label">{t('obs.assistant.rendererQuestion')}</legend>
            <Choice name="renderer" checked={renderer === 'native'} onPick={() => setRenderer('native')}>
              {t('obs.assistant.rendererNative')}
            </Choice>
            <Choice
              name="renderer"
              checked={renderer === 'browser'}
              disabled={!options.browserSource}
              onPick={() => setRenderer('browser')}
              testId="renderer-browser"
              note={options.browserSource ? null : t('obs.assistant.noBrowserSource')}
            >
              {t('obs.assistant.rendererBrowser')}
            </Choice>
          </fieldset>
          {options.canvas && (
            <p className="field__hint" data-testid="graphics-canvas">
              {t('obs.assistant.canvas', { width: options.canvas.width, height: options.canvas.height })}
            </p>
          )}
          {invalid && (
            <p className="field__error" role="alert">
              {invalid}
            </p>
          )}
          <div className="obs-buttons">
            <button type="submit" className="button button--primary" disabled={busy} data-testid="graphics-setup-run">
              {busy ? t('obs.assistant.running') : t('obs.assistant.run')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setOptions(null)}>
              {t('obs.assistant.cancel')}
            </button>
          </div>
        </form>
      )}
      {report && (
        <p className="field__status" role="status" data-testid="obs-note">
          {t('obs.assistant.done', {
            created: list(report.created),
            scene: report.showScene ?? t('obs.settings.nothing'),
            scenes: list(report.overlaidScenes),
          })}
        </p>
      )}
      {error && (
        <p className="field__error" role="alert">
          {t('obs.settings.failed', { message: error })}
        </p>
      )}
    </div>
  );
}

interface ChoiceProps {
  name: string;
  checked: boolean;
  disabled?: boolean;
  onPick(): void;
  testId?: string;
  /** Why it is disabled, said beside it. */
  note?: string | null;
  children: ReactNode;
}

/** One radio choice of the assistant, with its reason when it cannot be picked. */
function Choice({ name, checked, disabled = false, onPick, testId, note = null, children }: ChoiceProps) {
  return (
    <label className="graphics-setup__option">
      <input type="radio" name={name} checked={checked} disabled={disabled} onChange={onPick} data-testid={testId} />
      {children}
      {note && <span className="muted"> · {note}</span>}
    </label>
  );
}

function Select(props: { value: string; onChange(value: string): void; testId: string; options: { value: string; label: string }[] }) {
  return (
    <select
      className="pfield__control field__control"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      data-testid={props.testId}
    >
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
