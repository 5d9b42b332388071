export { type ApiClient, createApiClient } from './client';
export { backendSocketUrl, selectTransport, type TransportEnvironment } from './defaultTransport';
export { createIpcTransport } from './ipcTransport';
export type { ConnectionState, ConnectionStatus, Transport, UnauthorizedReason } from './transport';
export { createWebSocketTransport, type WebSocketTransportOptions } from './websocketTransport';
