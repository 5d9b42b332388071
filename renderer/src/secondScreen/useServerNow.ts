import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { useNow } from '../ui/useNow';
import type { LiveFeedState } from './liveFeedStore';

/** The server's clock, re-read several times a second while `active`: countdowns run to the backend's deadlines. */
export function useServerNow(feed: StoreApi<LiveFeedState>, active: boolean): number {
  const offset = useStore(feed, (s) => s.clockOffset);
  return useNow(active, 200) + offset;
}
