/**
 * Where passwords live (the OBS WebSocket password today). The desktop app encrypts with the OS
 * keychain (Electron safeStorage); the headless host uses a 0600 file. Values never reach logs or
 * the renderer: only the backend reads them.
 */
export interface SecretStore {
  get(name: string): string | null;
  set(name: string, value: string): void;
  delete(name: string): void;
  /** Human description for the About/Settings screen and logs (never the value). */
  readonly kind: 'safeStorage' | 'file';
}
