import type { AccessRole } from '../../shared/api/access';
import { isAppUrl } from './protocol';

export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

export interface SenderEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: SenderFrame | null;
}

export type SenderCheck = { ok: true } | { ok: false; reason: string };

/**
 * IPC is trusted only from the top frame of the main window, showing the app (livecue://app).
 * Anything else (a subframe, another webContents, a page that somehow navigated away) is refused.
 */
export function checkSender(event: SenderEvent, mainContents: { readonly id: number } | null): SenderCheck {
  try {
    if (mainContents === null) return { ok: false, reason: 'no main window' };
    if (event.sender.id !== mainContents.id) return { ok: false, reason: 'not the main window' };
    // senderFrame is null once the frame navigated or was destroyed; reading a disposed frame can throw.
    const frame = event.senderFrame;
    if (!frame) return { ok: false, reason: 'sender frame is gone' };
    if (frame.parent !== null) return { ok: false, reason: 'not the top frame' };
    if (!isAppUrl(frame.url)) return { ok: false, reason: `unexpected origin (${frame.url})` };
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `sender unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A window whose top frame may use the backend, with the role it gets (the presenter window reads only). */
export interface TrustedWindow {
  readonly contents: { readonly id: number } | null;
  readonly role: AccessRole;
}

export type SenderRole = { ok: true; role: AccessRole } | { ok: false; reason: string };

/**
 * Which of the app's windows sent this, and so with which role: the same rules as checkSender (top frame,
 * livecue://app) for each window, matched by webContents id. Anything else is refused.
 */
export function senderRole(event: SenderEvent, windows: readonly TrustedWindow[]): SenderRole {
  let senderId: number;
  try {
    senderId = event.sender.id;
  } catch (error) {
    return { ok: false, reason: `sender unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
  const window = windows.find((w) => w.contents !== null && w.contents.id === senderId);
  const check = checkSender(event, window ? window.contents : (windows[0]?.contents ?? null));
  if (!check.ok) return check;
  return window ? { ok: true, role: window.role } : { ok: false, reason: 'not an app window' };
}
