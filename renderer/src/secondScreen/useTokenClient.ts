import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import { createLiveFeed, type LiveFeed } from './liveFeedStore';
import { createTokenClient } from './tokenClient';

export interface Connected {
  client: ApiClient;
  feed: LiveFeed;
}

/** A connection with `token` and the live feed over it, for as long as the component is shown (closed after). */
export function useTokenClient(token: string): Connected | null {
  const [connected, setConnected] = useState<Connected | null>(null);
  useEffect(() => {
    const client = createTokenClient(window, token);
    const feed = createLiveFeed(client);
    setConnected({ client, feed });
    return () => {
      feed.dispose();
      client.close();
    };
  }, [token]);
  return connected;
}
