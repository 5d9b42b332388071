import {
  type MethodInput,
  type MethodName,
  type MethodOutput,
  methods,
  type TopicData,
  type TopicName,
  topics,
} from '../../../shared/api/contract';
import { ApiCallError, issuesToError } from '../../../shared/api/errors';
import type { ConnectionStatus, Transport } from './transport';

export interface ApiClient {
  /** Calls a contract method; resolves with output checked against the contract, or throws ApiCallError. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Listens to a topic; payloads that break the contract are dropped (and logged), never delivered. */
  subscribe<T extends TopicName>(topic: T, listener: (data: TopicData<T>) => void): () => void;
  connection(): ConnectionStatus;
  onConnectionChange(listener: (status: ConnectionStatus) => void): () => void;
  /** Runs each time the backend becomes reachable (first connection and every reconnection): refetch here. */
  onReconnect(listener: () => void): () => void;
  /** Tries to connect again after the client gave up (unauthorized). */
  retry(): void;
  close(): void;
  readonly transportKind: Transport['kind'];
}

/** The typed, validating API client over any transport. */
export function createApiClient(transport: Transport): ApiClient {
  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await transport.invoke(method, input);
    if (!result.ok) throw new ApiCallError(result.error);
    // Output schemas are looked up by a generic key, so TypeScript sees a union; the parse result is
    // the schema's own output, which is MethodOutput<M> by construction of the contract table.
    const parsed = methods[method].output.safeParse(result.value);
    if (!parsed.success) {
      const error = issuesToError('INVALID_RESPONSE', `The backend answered ${method} with data that breaks the contract`, parsed.error);
      console.error(`[livecue] ${error.message}`, parsed.error.issues);
      throw new ApiCallError(error);
    }
    return parsed.data as MethodOutput<M>;
  }

  function subscribe<T extends TopicName>(topic: T, listener: (data: TopicData<T>) => void): () => void {
    const schema = topics[topic];
    return transport.subscribe(topic, (data) => {
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        console.error(`[livecue] dropped a "${topic}" event that breaks the contract`, parsed.error.issues);
        return;
      }
      listener(parsed.data as TopicData<T>);
    });
  }

  return {
    call,
    subscribe,
    connection: () => transport.status(),
    onConnectionChange: (listener) => transport.onStatusChange(listener),
    onReconnect: (listener) => transport.onReconnect(listener),
    retry: () => transport.retry(),
    close: () => transport.close(),
    transportKind: transport.kind,
  };
}
