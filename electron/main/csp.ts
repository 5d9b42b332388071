/**
 * Content-Security-Policy sent with every livecue:// response. The renderer mirrors it in a
 * <meta> tag so the same policy holds when the page is served by the headless host.
 * `'unsafe-inline'` for styles only: React style props and libraries set inline styles; scripts
 * stay strictly 'self'. connect-src 'self' is enough: Electron talks over IPC, not the network.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";
