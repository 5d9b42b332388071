/**
 * Numbers requests so that an answer is applied only when no later request's answer has been: an older answer that
 * lands after a newer one (a poll sent before a revoke, answering after the reload that followed it) is dropped.
 */
export interface RequestOrder {
  /** Numbers a request; its `settle` says whether its answer is still the latest (and, if so, makes it the one shown). */
  next(): { settle(): boolean };
  /** Every request sent so far is stale (what they asked about is no longer shown). */
  dropPending(): void;
}

export function requestOrder(): RequestOrder {
  let sent = 0;
  let applied = 0;
  return {
    next() {
      const mine = ++sent;
      return {
        settle() {
          if (mine <= applied) return false;
          applied = mine;
          return true;
        },
      };
    },
    dropPending() {
      applied = sent;
    },
  };
}
