import { createHub, type Hub } from '../createHub';
import { enrollmentQr } from '../enrollment/enrollmentQr';
import { DEFAULT_CONSOLE_DIR } from '../http/consoleStatic';
import { type CliCommand, CliError } from './parseCli';

export interface CliIo {
  out(line: string): void;
  /** Asks for a secret on the terminal without echoing it; null when there is no terminal to ask on. */
  promptPassword(question: string): Promise<string | null>;
}

const DAY = 24 * 60 * 60 * 1000;

/** Runs one operator command. `serve` resolves with the running hub; the others close it before returning. */
export async function runCli(cmd: CliCommand, io: CliIo): Promise<Hub | null> {
  const password = cmd.command === 'account create' ? (cmd.password ?? (await io.promptPassword(`Password for ${cmd.username}: `))) : null;
  if (cmd.command === 'account create' && password === null)
    throw new CliError('No password: not run in a terminal, so it is not asked for; give --password or set LIVECUE_HUB_PASSWORD.');
  const hub = await createHub({
    database: cmd.database,
    logger: cmd.command === 'serve',
    ...(cmd.command === 'serve' && cmd.trustProxy ? { trustProxy: cmd.trustProxy } : {}),
    ...(cmd.command === 'serve' ? { consoleDir: cmd.consoleDir ?? DEFAULT_CONSOLE_DIR } : {}),
  });
  if (cmd.command === 'serve') {
    const url = await hub.listen(cmd.port, cmd.host);
    io.out(`LiveCue hub listening on ${url} (${hub.db.kind}); web console at ${url}/console/`);
    return hub;
  }
  try {
    await runAdmin(hub, cmd, password ?? '', io);
  } finally {
    await hub.close();
  }
  return null;
}

async function runAdmin(hub: Hub, cmd: Exclude<CliCommand, { command: 'serve' }>, password: string, io: CliIo): Promise<void> {
  switch (cmd.command) {
    case 'migrate':
      io.out('The database is up to date.');
      return;
    case 'account create':
      await hub.admin.createAccount({
        username: cmd.username,
        password,
        role: cmd.role as 'admin' | 'producer' | 'viewer', // checked by createAccount, which names a wrong role
        regions: cmd.regions,
        ...(cmd.displayName ? { displayName: cmd.displayName } : {}),
      });
      io.out(`Account ${cmd.username} (${cmd.role}${cmd.regions.length ? `, ${cmd.regions.join(', ')}` : ', every region'}) created.`);
      return;
    case 'store create': {
      const store = await hub.admin.createStore({ code: cmd.code, name: cmd.name, region: cmd.region, group: cmd.group });
      io.out(`Store ${store.code} ${store.name} created (id ${store.id}).`);
      return;
    }
    case 'enroll-code': {
      const issued = await hub.admin.issueEnrollmentCode(cmd.store, cmd.ttlDays ? { ttlMs: Math.round(cmd.ttlDays * DAY) } : {});
      io.out(`Enrollment code for ${cmd.store}: ${issued.display} (one use, expires ${new Date(issued.expiresAt).toISOString()})`);
      io.out(await enrollmentQr.terminal(issued.display));
      if (cmd.qrPng) {
        await enrollmentQr.savePng(cmd.qrPng, issued.display);
        io.out(`QR code saved to ${cmd.qrPng}`);
      }
      return;
    }
    case 'device list': {
      const devices = await hub.admin.listDevices(cmd.store);
      if (devices.length === 0) io.out(`No devices enrolled at ${cmd.store}.`);
      for (const d of devices) {
        const seen = d.lastSeenAt === null ? 'never seen' : `last seen ${new Date(d.lastSeenAt).toISOString()}`;
        const skew = d.clockSkewMs === null ? '' : `, clock off by ${Math.round(d.clockSkewMs / 1000)} s`;
        io.out(`${d.deviceId}  ${d.name}  v${d.appVersion}  ${d.revokedAt === null ? seen : 'REVOKED'}${skew}`);
      }
      return;
    }
    case 'device revoke':
      await hub.admin.revokeDevice(cmd.store, cmd.device);
      io.out(`Device ${cmd.device} at ${cmd.store} revoked: it stops syncing and keeps its local data.`);
      return;
  }
}
