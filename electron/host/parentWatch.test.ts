import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchParent } from './parentWatch';

describe('watchParent', () => {
  afterEach(() => vi.useRealTimers());

  it('calls back once when the parent changes, and not before', () => {
    vi.useFakeTimers();
    let parent = 100;
    const gone = vi.fn();
    watchParent(gone, { everyMs: 500, parentId: () => parent });
    vi.advanceTimersByTime(2000);
    expect(gone).not.toHaveBeenCalled();
    parent = 1;
    vi.advanceTimersByTime(500);
    expect(gone).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('stops watching when told to', () => {
    vi.useFakeTimers();
    let parent = 100;
    const gone = vi.fn();
    const stop = watchParent(gone, { everyMs: 500, parentId: () => parent });
    stop();
    parent = 1;
    vi.advanceTimersByTime(5000);
    expect(gone).not.toHaveBeenCalled();
  });
});
