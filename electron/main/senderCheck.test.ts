import { describe, expect, it } from 'vitest';
import { checkSender, type SenderFrame, senderRole } from './senderCheck';

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

describe('senderRole', () => {
  const presenter = { id: 2 };
  const windows = [
    { contents: main, role: 'console' as const },
    { contents: presenter, role: 'remote-view' as const },
  ];

  it('tells the main window (console) from the presenter window (view only)', () => {
    expect(senderRole({ sender: main, senderFrame: top('livecue://app/index.html') }, windows)).toEqual({ ok: true, role: 'console' });
    expect(senderRole({ sender: presenter, senderFrame: top('livecue://app/presenter/index.html') }, windows)).toEqual({
      ok: true,
      role: 'remote-view',
    });
  });

  it('applies the same frame rules to the presenter window, and refuses any other webContents', () => {
    expect(senderRole({ sender: presenter, senderFrame: top('https://evil.example/') }, windows).ok).toBe(false);
    expect(
      senderRole({ sender: presenter, senderFrame: { url: 'livecue://app/presenter/', parent: top('livecue://app/index.html') } }, windows)
        .ok,
    ).toBe(false);
    expect(senderRole({ sender: { id: 3 }, senderFrame: top('livecue://app/index.html') }, windows).ok).toBe(false);
    // A closed presenter window's id counts for nothing.
    expect(senderRole({ sender: presenter, senderFrame: top('livecue://app/index.html') }, [windows[0] as (typeof windows)[0]]).ok).toBe(
      false,
    );
  });
});
