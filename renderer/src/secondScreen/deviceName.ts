/** What kind of device the browser says it is, to prefill a name the PC's list can show ("iPhone", "安卓手机"). */
export type DeviceKind = 'iphone' | 'ipad' | 'android' | 'other';

export function deviceKind(userAgent: string, maxTouchPoints = 0): DeviceKind {
  if (/iPhone|iPod/.test(userAgent)) return 'iphone';
  // iPadOS reports itself as a Mac; only its touch screen tells it apart.
  if (/iPad/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1)) return 'ipad';
  if (/Android/.test(userAgent)) return 'android';
  return 'other';
}
