import type { InjectOptions } from 'fastify';
import type { Hub } from '../../../hub/createHub';
import { LoginResponse, type ProducerRole } from '../../../shared/api/hub/hubProducer';
import { ok } from './hubTestKit';

export type Auth = { authorization: string };

let accounts = 0;

/** A fresh account signed in through the login route: its real producer token. */
export async function signedIn(hub: Hub, role: ProducerRole, regions: string[] = []): Promise<Auth> {
  const username = `acct${++accounts}-${role}`;
  await hub.admin.createAccount({ username, password: 'password1', role, regions });
  const res = await hub.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username, password: 'password1' } });
  return { authorization: `Bearer ${ok(res, LoginResponse).token}` };
}

/** A request as the web console sends it. */
export function asAccount(hub: Hub, auth: Auth, request: Omit<InjectOptions, 'headers'> & { url: string }) {
  return hub.app.inject({ ...request, headers: auth });
}
