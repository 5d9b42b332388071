import { useState } from 'react';
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
            <label className="graphics-setup__option">
              <input
                type="radio"
                name="camera-mode"
                checked={draft.mode === 'scenes'}
                onChange={() => set({ mode: 'scenes' })}
                data-testid="camera-mode-scenes"
              />
              {t('obs.assistant.modeScenes')}
            </label>
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
            <label className="graphics-setup__option">
              <input
                type="radio"
                name="camera-mode"
                checked={draft.mode === 'input'}
                disabled={options.videoInputs.length === 0}
                onChange={() => set({ mode: 'input' })}
                data-testid="camera-mode-input"
              />
              {t('obs.assistant.modeInput')}
              {options.videoInputs.length === 0 && <span className="muted"> · {t('obs.assistant.noInputs')}</span>}
            </label>
            {draft.mode === 'input' && (
              <select
                className="field__control"
                value={draft.input}
                onChange={(e) => set({ input: e.target.value })}
                data-testid="camera-input"
              >
                {options.videoInputs.map((i) => (
                  <option key={i.name} value={i.name}>
                    {i.name}
                  </option>
                ))}
              </select>
            )}
            <label className="graphics-setup__option">
              <input
                type="radio"
                name="camera-mode"
                checked={draft.mode === 'device'}
                disabled={options.deviceKind === null}
                onChange={() => set({ mode: 'device' })}
                data-testid="camera-mode-device"
              />
              {t('obs.assistant.modeDevice')}
            </label>
            {draft.mode === 'device' &&
              (options.devices.length === 0 ? (
                <p className="field__error" data-testid="camera-no-devices">
                  {t('obs.assistant.noDevices')}
                </p>
              ) : (
                <select
                  className="field__control"
                  value={draft.deviceId}
                  onChange={(e) => set({ deviceId: e.target.value })}
                  data-testid="camera-device"
                >
                  {options.devices.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </select>
              ))}
            <label className="graphics-setup__option">
              <input
                type="radio"
                name="camera-mode"
                checked={draft.mode === 'none'}
                onChange={() => set({ mode: 'none' })}
                data-testid="camera-mode-none"
              />
              {t('obs.assistant.modeNone')}
            </label>
          </fieldset>
          <fieldset className="graphics-setup__group">
            <legend className="field__label">{t('obs.assistant.rendererQuestion')}</legend>
            <label className="graphics-setup__option">
              <input type="radio" name="renderer" checked={renderer === 'native'} onChange={() => setRenderer('native')} />
              {t('obs.assistant.rendererNative')}
            </label>
            <label className="graphics-setup__option">
              <input
                type="radio"
                name="renderer"
                checked={renderer === 'browser'}
                disabled={!options.browserSource}
                onChange={() => setRenderer('browser')}
                data-testid="renderer-browser"
              />
              {t('obs.assistant.rendererBrowser')}
              {!options.browserSource && <span className="muted"> · {t('obs.assistant.noBrowserSource')}</span>}
            </label>
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
