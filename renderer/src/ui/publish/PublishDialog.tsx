import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetsResponse } from '../../../../shared/api/hub/hubProducer';
import type { PublicationTarget, PublishResponse } from '../../../../shared/api/hub/hubPublications';
import { syncErrorText } from '../../format/syncErrors';
import { useAppState } from '../../state/AppStateContext';
import { Dialog } from '../Dialog';
import '../busyProgress.css';
import './publish.css';

type Choice = { key: string; target: PublicationTarget; label: string };

/** The publish choices with their store counts: all stores, then each region, then each group. */
function choicesOf(targets: TargetsResponse, t: TFunction): { all: Choice; regions: Choice[]; groups: Choice[] } {
  return {
    all: { key: 'all', target: { kind: 'all' }, label: t('headOffice.publish.all', { count: targets.storeCount }) },
    regions: targets.regions.map((r) => ({
      key: `region:${r.region}`,
      target: { kind: 'region', region: r.region },
      label: t('headOffice.publish.stores', { name: r.region, count: r.storeCount }),
    })),
    groups: targets.groups.map((g) => ({
      key: `group:${g.group}`,
      target: { kind: 'group', group: g.group },
      label: t('headOffice.publish.stores', { name: g.group, count: g.storeCount }),
    })),
  };
}

type Phase =
  | { step: 'loading' }
  | { step: 'loadFailed'; message: string }
  | { step: 'choose'; targets: TargetsResponse }
  | { step: 'publishing'; targets: TargetsResponse }
  | { step: 'done'; result: PublishResponse }
  | { step: 'failed'; targets: TargetsResponse; message: string };

/** What is published: one show (with what its cues use), the whole product catalog, or every coupon. */
export type Publishable = { kind: 'show'; id: string; name: string } | { kind: 'catalog' } | { kind: 'coupons' };

function publishCall(
  client: ReturnType<typeof useAppState>['client'],
  what: Publishable,
  target: PublicationTarget,
): Promise<PublishResponse> {
  if (what.kind === 'show') return client.call('sync.publishShow', { showId: what.id, target });
  return client.call(what.kind === 'catalog' ? 'sync.publishCatalog' : 'sync.publishCoupons', { target });
}

/** 发布到门店: choose all stores, a region or a group (with store counts), confirm, see the version and how many stores get it. */
export function PublishDialog({ what, onClose }: { what: Publishable; onClose(): void }) {
  const { t } = useTranslation();
  const { client } = useAppState();
  const [phase, setPhase] = useState<Phase>({ step: 'loading' });
  const [chosen, setChosen] = useState('all');

  useEffect(() => {
    let live = true;
    client.call('sync.targets', {}).then(
      (targets) => live && setPhase({ step: 'choose', targets }),
      (error: unknown) => live && setPhase({ step: 'loadFailed', message: syncErrorText(error, t).text }),
    );
    return () => {
      live = false;
    };
  }, [client, t]);

  const targets = 'targets' in phase ? phase.targets : null;
  const choices = targets ? choicesOf(targets, t) : null;
  const all = choices ? [choices.all, ...choices.regions, ...choices.groups] : [];
  const target = all.find((c) => c.key === chosen)?.target ?? null;
  const busy = phase.step === 'publishing';

  const publish = async () => {
    if (!targets || !target) return;
    setPhase({ step: 'publishing', targets });
    try {
      setPhase({ step: 'done', result: await publishCall(client, what, target) });
    } catch (error) {
      setPhase({ step: 'failed', targets, message: syncErrorText(error, t).text });
    }
  };

  const radio = (choice: Choice) => (
    <label key={choice.key} className="publish__choice">
      <input
        type="radio"
        name="publish-target"
        value={choice.key}
        checked={chosen === choice.key}
        disabled={busy}
        onChange={() => setChosen(choice.key)}
      />
      <span>{choice.label}</span>
    </label>
  );

  return (
    <Dialog
      title={what.kind === 'show' ? t('headOffice.publish.title', { name: what.name }) : t(`headOffice.publish.${what.kind}.title`)}
      testId="publish-dialog"
      onCancel={() => {
        if (!busy) onClose();
      }}
      actions={
        phase.step === 'done' || phase.step === 'loadFailed' ? (
          <button type="button" className="button button--primary" data-testid="publish-close" onClick={onClose}>
            {t('headOffice.publish.close')}
          </button>
        ) : (
          <>
            <button type="button" className="button" disabled={busy} onClick={onClose}>
              {t('headOffice.publish.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              data-testid="publish-confirm"
              disabled={!target || busy || targets?.storeCount === 0}
              onClick={() => void publish()}
            >
              {busy ? t('headOffice.publish.publishing') : t('headOffice.publish.confirm')}
            </button>
          </>
        )
      }
    >
      <p className="muted">{what.kind === 'show' ? t('headOffice.publish.intro') : t(`headOffice.publish.${what.kind}.intro`)}</p>
      {phase.step === 'loading' && <p role="status">{t('headOffice.publish.loading')}</p>}
      {phase.step === 'loadFailed' && (
        <p className="notice notice--error" role="alert">
          {t('headOffice.publish.loadFailed', { message: phase.message })}
        </p>
      )}
      {choices && phase.step !== 'done' && (
        <fieldset className="publish__choices" data-testid="publish-targets" disabled={busy}>
          <legend className="visually-hidden">{t('headOffice.publish.open')}</legend>
          {targets?.storeCount === 0 ? <p>{t('headOffice.publish.none')}</p> : radio(choices.all)}
          {choices.regions.length > 0 && <p className="publish__group">{t('headOffice.publish.regions')}</p>}
          {choices.regions.map(radio)}
          {choices.groups.length > 0 && <p className="publish__group">{t('headOffice.publish.groups')}</p>}
          {choices.groups.map(radio)}
        </fieldset>
      )}
      {busy && <span className="busy-progress" role="progressbar" aria-label={t('headOffice.publish.publishing')} />}
      {phase.step === 'failed' && (
        <p className="notice notice--error" role="alert" data-testid="publish-error">
          {t('headOffice.publish.failed', { message: phase.message })}
        </p>
      )}
      {phase.step === 'done' && (
        <p className="notice notice--ok" role="status" data-testid="publish-done">
          {t('headOffice.publish.done', { version: phase.result.version, count: phase.result.storeCount })}
        </p>
      )}
    </Dialog>
  );
}
