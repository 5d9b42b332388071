import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { ConnectionStatus } from '../api/transport';

/** The connection state, also marked on <body data-connection> (for diagnosis and tests). */
export function useConnectionStatus(client: ApiClient): ConnectionStatus {
  const [status, setStatus] = useState(() => client.connection());
  useEffect(() => {
    const off = client.onConnectionChange(setStatus);
    // It may have changed between the first render and this subscription (a quick local connection).
    setStatus(client.connection());
    return off;
  }, [client]);
  useEffect(() => {
    document.body.dataset.connection = status.state;
  }, [status.state]);
  return status;
}
