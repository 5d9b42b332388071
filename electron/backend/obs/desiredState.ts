import { type ObsOp, targetOf } from './obsOps';

/**
 * What OBS should look like according to the backend (program scene, product card texts, image,
 * visibility). Every action that succeeds is recorded; after a reconnect the whole set is applied
 * again in one batch, so an OBS restarted mid-show shows the right card without anyone touching it.
 * Only the latest value per target is kept.
 */
export class DesiredState {
  readonly #byTarget = new Map<string, ObsOp>();
  #version = 0;

  /** Changes whenever a target gets a different value (not when the same value is recorded again). */
  get version(): number {
    return this.#version;
  }

  record(action: ObsOp): void {
    if (action.kind === 'pause') return; // a wait, not a state
    const target = targetOf(action);
    const before = this.#byTarget.get(target);
    if (before && JSON.stringify(before) === JSON.stringify(action)) return;
    this.#byTarget.set(target, action);
    this.#version++;
  }

  /** Source-level actions first, scene switch last: the audience never sees a stale card. */
  actions(): ObsOp[] {
    const all = [...this.#byTarget.values()];
    return [...all.filter((a) => a.kind !== 'switchScene'), ...all.filter((a) => a.kind === 'switchScene')];
  }

  clear(): void {
    this.#byTarget.clear();
    this.#version++;
  }
}
