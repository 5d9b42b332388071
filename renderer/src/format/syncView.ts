import type { TFunction } from 'i18next';
import { SyncProblemCode, type SyncState, type SyncStatus } from '../../../shared/domain/sync/syncStatus';

export type SyncTone = 'ok' | 'warn' | 'idle' | 'danger';

const TONES: Record<Exclude<SyncState, 'off'>, SyncTone> = {
  synced: 'ok',
  pending: 'warn',
  offline: 'idle',
  revoked: 'danger',
  error: 'danger',
};

/** The status bar's item: none at all for a store with no hub, so it looks exactly as before head office existed. */
export function syncBarItem(status: SyncStatus | null): { state: Exclude<SyncState, 'off'>; tone: SyncTone; count: number } | null {
  if (!status || status.state === 'off') return null;
  return { state: status.state, tone: TONES[status.state], count: status.pendingEvents };
}

const SKEW_LIMIT_MS = 5 * 60_000;

/** Whole minutes this PC's clock is off from the hub's, when beyond five minutes; null otherwise. */
export function clockSkewMinutes(clockSkewMs: number | null): number | null {
  if (clockSkewMs === null || Math.abs(clockSkewMs) <= SKEW_LIMIT_MS) return null;
  return Math.round(Math.abs(clockSkewMs) / 60_000);
}

/** A refused action's reason when it is one of the sync problems, so it is told in the same plain words. */
export function problemCodeOf(reason: string | undefined): SyncProblemCode | null {
  const parsed = SyncProblemCode.safeParse(reason);
  return parsed.success ? parsed.data : null;
}

/** The state in a sentence for Settings → 总部同步 (已同步 / 待上传 N 条 / 离线（将自动重试）/ 已被总部停用 / 出错：…). */
export function syncStateSentence(status: SyncStatus, t: TFunction): string {
  switch (status.state) {
    case 'pending':
      return t('headOffice.state.pending', { count: status.pendingEvents });
    case 'error':
      return t('headOffice.state.error', { problem: t(`headOffice.problem.${status.lastError?.code ?? 'REJECTED'}`) });
    default:
      return t(`headOffice.state.${status.state}`);
  }
}
