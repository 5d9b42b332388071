/** Names in the secret store (OS keychain / 0600 file). Values never reach logs or the renderer. */
export const DEVICE_CREDENTIAL_SECRET = 'sync.deviceCredential';
export const PRODUCER_TOKEN_SECRET = 'sync.producerToken';
