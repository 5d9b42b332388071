/**
 * Time-weighted mean of a gauge fed in time order: each reading holds until the next one (or the
 * end), and time before the first reading is not counted. O(1) memory so a 100k-event session streams.
 */
export function createTimeWeightedGauge() {
  let last: { at: number; value: number } | null = null;
  let weighted = 0;
  let spanMs = 0;
  let peak: number | null = null;

  return {
    read(at: number, value: number) {
      if (last) {
        // A reading logged out of order adds no time rather than negative time.
        const dt = Math.max(0, at - last.at);
        weighted += last.value * dt;
        spanMs += dt;
      }
      last = { at: Math.max(at, last?.at ?? at), value };
      peak = peak === null ? value : Math.max(peak, value);
    },
    /** Mean up to `end`; a single reading at the end (no span) averages to itself. */
    result(end: number): { peak: number | null; average: number | null } {
      if (!last) return { peak: null, average: null };
      const dt = Math.max(0, end - last.at);
      const total = spanMs + dt;
      return { peak, average: total === 0 ? last.value : (weighted + last.value * dt) / total };
    },
  };
}
