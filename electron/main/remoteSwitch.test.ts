import { describe, expect, it, vi } from 'vitest';
import { followRemoteSwitch } from './remoteSwitch';

function fakeRemote(enabled: boolean) {
  let listener: ((on: boolean) => void) | null = null;
  return {
    enabled: () => enabled,
    onEnabledChange: vi.fn((l: (on: boolean) => void) => {
      listener = l;
      return () => {
        listener = null;
      };
    }),
    flip: (on: boolean) => listener?.(on),
    listening: () => listener !== null,
  };
}

function fakeStart() {
  const servers: { close: ReturnType<typeof vi.fn> }[] = [];
  const start = vi.fn(async () => {
    const server = { close: vi.fn(async () => {}) };
    servers.push(server);
    return server;
  });
  return { start, servers };
}

describe('followRemoteSwitch', () => {
  it('starts the server at launch when the switch was left on, and closes it with the app', async () => {
    const remote = fakeRemote(true);
    const { start, servers } = fakeStart();
    const sw = followRemoteSwitch(remote, start);
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
    await sw.close();
    expect(servers[0]?.close).toHaveBeenCalledTimes(1);
    expect(remote.listening()).toBe(false);
  });

  it('follows the switch, one server at most, even when flipped fast', async () => {
    const remote = fakeRemote(false);
    const { start, servers } = fakeStart();
    const sw = followRemoteSwitch(remote, start);
    expect(start).not.toHaveBeenCalled();
    remote.flip(true);
    remote.flip(true);
    remote.flip(false);
    remote.flip(true);
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(2));
    expect(servers[0]?.close).toHaveBeenCalledTimes(1);
    expect(servers[1]?.close).not.toHaveBeenCalled();
    await sw.close();
    expect(servers[1]?.close).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('logs a server that cannot start and keeps following the switch', async () => {
    const remote = fakeRemote(false);
    const log = vi.fn();
    const start = vi
      .fn()
      .mockRejectedValueOnce(new Error('EACCES'))
      .mockResolvedValue({ close: vi.fn(async () => {}) });
    const sw = followRemoteSwitch(remote, start, log);
    remote.flip(true);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.any(String), expect.any(Error)));
    remote.flip(false);
    remote.flip(true);
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(2));
    await sw.close();
  });
});
