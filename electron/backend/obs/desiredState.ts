import type { ObsAction } from '../../../shared/domain/obsActions';

/**
 * What OBS should look like according to the backend (program scene, product card texts, image,
 * visibility). Every action that succeeds is recorded; after a reconnect the whole set is applied
 * again in one batch, so an OBS restarted mid-show shows the right card without anyone touching it.
 * Only the latest value per target is kept.
 */
export class DesiredState {
  readonly #byTarget = new Map<string, ObsAction>();
  #version = 0;

  /** Changes whenever a target gets a different value (not when the same value is recorded again). */
  get version(): number {
    return this.#version;
  }

  record(action: ObsAction): void {
    const target = targetOf(action);
    const before = this.#byTarget.get(target);
    if (before && JSON.stringify(before) === JSON.stringify(action)) return;
    this.#byTarget.set(target, action);
    this.#version++;
  }

  /** Source-level actions first, scene switch last: the audience never sees a stale card. */
  actions(): ObsAction[] {
    const all = [...this.#byTarget.values()];
    return [...all.filter((a) => a.kind !== 'switchScene'), ...all.filter((a) => a.kind === 'switchScene')];
  }

  clear(): void {
    this.#byTarget.clear();
    this.#version++;
  }
}

function targetOf(action: ObsAction): string {
  switch (action.kind) {
    case 'switchScene':
      return 'program';
    case 'setText':
      return `text\u0000${action.source}`;
    case 'setImage':
      return `image\u0000${action.source}`;
    case 'setVisible':
      return `visible\u0000${action.scene}\u0000${action.source}`;
  }
}
