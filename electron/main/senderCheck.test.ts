import { describe, expect, it } from 'vitest';
import { checkSender, type SenderFrame } from './senderCheck';

const main = { id: 1 };
const top = (url: string): SenderFrame => ({ url, parent: null });

describe('checkSender', () => {
  it('accepts the top frame of the main window on livecue://app', () => {
    expect(checkSender({ sender: main, senderFrame: top('livecue://app/index.html') }, main)).toEqual({ ok: true });
    expect(checkSender({ sender: { id: 1 }, senderFrame: top('livecue://app/index.html#/run') }, main)).toEqual({ ok: true });
  });

  it('refuses other webContents, subframes, other origins and missing frames', () => {
    const refused = [
      { sender: { id: 2 }, senderFrame: top('livecue://app/index.html') },
      { sender: main, senderFrame: { url: 'livecue://app/index.html', parent: top('livecue://app/index.html') } },
      { sender: main, senderFrame: top('https://evil.example/') },
      { sender: main, senderFrame: top('livecue://evil/index.html') },
      { sender: main, senderFrame: top('file:///out/renderer/index.html') },
      { sender: main, senderFrame: top('about:blank') },
      { sender: main, senderFrame: null },
    ];
    for (const event of refused) expect(checkSender(event, main).ok, JSON.stringify(event.senderFrame)).toBe(false);
  });

  it('refuses everything when there is no main window', () => {
    expect(checkSender({ sender: main, senderFrame: top('livecue://app/index.html') }, null)).toEqual({
      ok: false,
      reason: 'no main window',
    });
  });

  it('refuses a frame that throws when read (disposed)', () => {
    const event = {
      sender: main,
      get senderFrame(): SenderFrame {
        throw new Error('Render frame was disposed');
      },
    };
    expect(checkSender(event, main)).toEqual({ ok: false, reason: 'sender unreadable: Render frame was disposed' });
  });
});
