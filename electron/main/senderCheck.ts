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
