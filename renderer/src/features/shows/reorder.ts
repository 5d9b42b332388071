/** Where a cue goes, by its neighbours (the API's afterId/beforeId; null = start / end). */
export interface CueSlot {
  afterId: string | null;
  beforeId: string | null;
}

/** The slot one step up (-1) or down (+1) from where `id` is; null at the edge or when `id` is not in the list. */
export function stepSlot(ids: readonly string[], id: string, direction: -1 | 1): CueSlot | null {
  const index = ids.indexOf(id);
  if (index < 0) return null;
  if (direction === -1) {
    if (index === 0) return null;
    return { afterId: ids[index - 2] ?? null, beforeId: ids[index - 1] ?? null };
  }
  if (index === ids.length - 1) return null;
  return { afterId: ids[index + 1] ?? null, beforeId: ids[index + 2] ?? null };
}

/**
 * The slot for dropping `id` at gap `gap` of the current list (gap k lies between ids[k-1] and ids[k];
 * 0 = before the first, ids.length = after the last). null when the drop would not move it.
 */
export function dropSlot(ids: readonly string[], id: string, gap: number): CueSlot | null {
  const index = ids.indexOf(id);
  if (index < 0 || gap < 0 || gap > ids.length) return null;
  if (gap === index || gap === index + 1) return null;
  return { afterId: ids[gap - 1] ?? null, beforeId: ids[gap] ?? null };
}

/** The gap a pointer at `clientY` over row `index` points to: upper half = before the row, lower half = after it. */
export function gapAt(index: number, clientY: number, rowTop: number, rowHeight: number): number {
  return clientY < rowTop + rowHeight / 2 ? index : index + 1;
}

/** The slot for a new cue placed right after `afterId` (null = at the start). */
export function insertSlot(ids: readonly string[], afterId: string | null): CueSlot {
  if (afterId === null) return { afterId: null, beforeId: ids[0] ?? null };
  const index = ids.indexOf(afterId);
  if (index < 0) return { afterId: ids.at(-1) ?? null, beforeId: null };
  return { afterId, beforeId: ids[index + 1] ?? null };
}

/** The list as it will look once `id` sits in `slot` (for an immediate, optimistic redraw). */
export function applySlot(ids: readonly string[], id: string, slot: CueSlot): string[] {
  const rest = ids.filter((x) => x !== id);
  if (slot.beforeId !== null) {
    const at = rest.indexOf(slot.beforeId);
    if (at >= 0) return [...rest.slice(0, at), id, ...rest.slice(at)];
  }
  if (slot.afterId !== null) {
    const at = rest.indexOf(slot.afterId);
    if (at >= 0) return [...rest.slice(0, at + 1), id, ...rest.slice(at + 1)];
  }
  return slot.afterId === null && slot.beforeId !== null ? [id, ...rest] : [...rest, id];
}
