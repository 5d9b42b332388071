import { z } from 'zod';
import { PairingOffer, RemoteInfo, RemoteRole } from '../../domain/remote/remoteDevice';
import { defineMethod, defineQuery, NoInput } from './defineMethod';

const DeviceId = z.string().min(1);

export const remoteMethods = {
  'remote.info': defineQuery({
    summary:
      'Phones and tablets: whether the PC accepts them on the LAN, its address, the open pairing offer and the paired devices. Changes are pushed on `remote.info`.',
    input: NoInput,
    output: RemoteInfo,
  }),
  'remote.setEnabled': defineMethod({
    summary:
      'The remote switch of the desktop app: on listens on the LAN for paired devices, off closes every remote connection. CONFLICT under `npm run serve`, where --lan decides.',
    input: z.object({ enabled: z.boolean() }).strict(),
    output: RemoteInfo,
  }),
  'remote.offer': defineMethod({
    summary:
      'Opens a pairing offer for a role (replacing any open one): a one-time code in a URL with the PC’s LAN address, valid 10 minutes. CONFLICT when the PC is not reachable on the LAN.',
    input: z.object({ role: RemoteRole }).strict(),
    output: PairingOffer,
  }),
  'remote.cancelOffer': defineMethod({
    summary: 'Withdraws the open pairing offer; its code stops working.',
    input: NoInput,
    output: RemoteInfo,
  }),
  'remote.confirm': defineMethod({
    summary:
      'Accepts (its token starts working) or declines (it is forgotten) a device waiting for confirmation. NOT_FOUND for an unknown device.',
    input: z.object({ deviceId: DeviceId, accept: z.boolean() }).strict(),
    output: RemoteInfo,
  }),
  'remote.revoke': defineMethod({
    summary:
      'Forgets a paired device: its token stops working and its open connections are closed at once. NOT_FOUND for an unknown device.',
    input: z.object({ deviceId: DeviceId }).strict(),
    output: RemoteInfo,
  }),
  'remote.openPresenter': defineMethod({
    summary:
      'Opens the presenter / prompter as a second window of the desktop app (read only). `opened` is false under `npm run serve`, where the console opens PRESENTER_PAGE_PATH in a browser tab itself.',
    input: NoInput,
    output: z.object({ opened: z.boolean() }),
  }),
} as const;
