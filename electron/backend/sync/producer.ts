import { strFromU8, unzipSync } from 'fflate';
import { createHubClient, type HubClientOptions, HubRequestError } from '../../../shared/api/hub/hubClient';
import type { ProducerAccount, TargetsResponse } from '../../../shared/api/hub/hubProducer';
import type { PublicationKind, PublicationTarget, PublishResponse } from '../../../shared/api/hub/hubPublications';
import { PACKAGE_ENTRY, parseImageEntryName } from '../../../shared/domain/showPackage/showPackageFormat';
import { DomainError } from '../dispatch/domainError';
import type { SecretStore } from '../secrets/secretStore';
import { buildShowPackage, readProductImages, toPackageCoupon, toPackageProduct } from '../showPackage/packageWriter';
import type { ShowPackageServices } from '../showPackage/services';
import type { Db } from '../store/database';
import { toDomainError } from './syncProblems';
import { PRODUCER_TOKEN_SECRET } from './syncSecrets';

/** JSON as the package writer lays it out. */
const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function allIds(db: Db, table: 'products' | 'coupons'): string[] {
  return db
    .prepare<[], { id: string }>(`SELECT id FROM ${table} ORDER BY created_at, id`)
    .all()
    .map((r) => r.id);
}

export interface ProducerSignIn {
  hubUrl: string;
  account: ProducerAccount;
  expiresAt: number;
}

function createProducerDao(db: Db) {
  const select = db.prepare<[], { hub_url: string; account: string; expires_at: number }>('SELECT * FROM hub_producer WHERE id = 1');
  const upsert = db.prepare<[string, string, number]>(
    `INSERT INTO hub_producer (id, hub_url, account, expires_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET hub_url = excluded.hub_url, account = excluded.account, expires_at = excluded.expires_at`,
  );
  const remove = db.prepare('DELETE FROM hub_producer');
  return {
    get(): ProducerSignIn | null {
      const row = select.get();
      return row ? { hubUrl: row.hub_url, account: JSON.parse(row.account) as ProducerAccount, expiresAt: row.expires_at } : null;
    },
    set(s: ProducerSignIn): void {
      upsert.run(s.hubUrl, JSON.stringify(s.account), s.expiresAt);
    },
    forget(): void {
      remove.run();
    },
  };
}

export interface ProducerDeps {
  db: Db;
  secrets: SecretStore;
  services: ShowPackageServices;
  clientOptions: Omit<HubClientOptions, 'baseUrl'>;
}

/** A LiveCue signed in with a head-office account publishes shows to stores (发布到门店). */
export function createProducer(deps: ProducerDeps) {
  const dao = createProducerDao(deps.db);

  /** The signed-in account's client and token; refuses clearly when there is none or it expired. */
  function session() {
    const signIn = dao.get();
    const token = deps.secrets.get(PRODUCER_TOKEN_SECRET);
    if (!signIn || !token) throw new DomainError('CONFLICT', 'Sign in with a head-office account first', { reason: 'NOT_SIGNED_IN' });
    if (signIn.expiresAt <= deps.services.clock.now())
      throw new DomainError('CONFLICT', 'The head-office sign-in has expired; sign in again', { reason: 'SIGN_IN_EXPIRED' });
    return { client: createHubClient({ ...deps.clientOptions, baseUrl: signIn.hubUrl }), token };
  }

  async function signIn(hubUrl: string, username: string, password: string): Promise<void> {
    const client = createHubClient({ ...deps.clientOptions, baseUrl: hubUrl });
    try {
      const answer = await client.call('login', { body: { username, password } });
      deps.secrets.set(PRODUCER_TOKEN_SECRET, answer.token);
      dao.set({ hubUrl: client.baseUrl, account: answer.account, expiresAt: answer.expiresAt });
    } catch (error) {
      // The hub answers a wrong user name or password with UNAUTHENTICATED.
      if (error instanceof HubRequestError && error.hubCode === 'UNAUTHENTICATED') {
        throw toDomainError(new HubRequestError('SIGN_IN_FAILED', error.message, error.hubCode), ['password']);
      }
      if (error instanceof HubRequestError && error.hubCode === 'RATE_LIMITED') {
        throw toDomainError(new HubRequestError('SIGN_IN_LIMITED', error.message, error.hubCode), ['password']);
      }
      throw toDomainError(error);
    }
  }

  function signOut(): void {
    deps.secrets.delete(PRODUCER_TOKEN_SECRET);
    dao.forget();
  }

  async function targets(): Promise<TargetsResponse> {
    const { client, token } = session();
    try {
      return await client.call('targets', { token });
    } catch (error) {
      throw toDomainError(error);
    }
  }

  /** Sends the hub the images it lacks, then the publication with its JSON entries and the images by hash. */
  async function publish(
    what: { kind: PublicationKind; key: string; title: string },
    target: PublicationTarget,
    entries: Record<string, string>,
    images: readonly { name: string; bytes: Uint8Array }[],
  ): Promise<PublishResponse> {
    const { client, token } = session();
    const refs = images.map((file) => {
      const parsed = parseImageEntryName(file.name);
      if (!parsed) throw new Error(`Not an image entry: ${file.name}`);
      return { sha256: parsed.hash, mime: parsed.mime, bytes: file.bytes.length, data: file.bytes };
    });
    try {
      const { missing } = await client.call('imagesMissing', { token, body: { hashes: refs.map((i) => i.sha256) } });
      const wanted = new Set(missing);
      for (const image of refs) {
        if (!wanted.has(image.sha256)) continue;
        await client.call('imageUpload', {
          token,
          body: { sha256: image.sha256, mime: image.mime, base64: Buffer.from(image.data).toString('base64') },
        });
      }
      return await client.call('publish', {
        token,
        body: { ...what, target, content: { entries, images: refs.map(({ data: _d, ...i }) => i) } },
      });
    } catch (error) {
      throw toDomainError(error);
    }
  }

  /** Exports the show with the package writer and publishes its JSON entries byte for byte (the UTF-8 they were written as). */
  async function publishShow(showId: string, target: PublicationTarget): Promise<PublishResponse> {
    session();
    const built = await buildShowPackage(deps.services, showId);
    const entries: Record<string, string> = {};
    const images: { name: string; bytes: Uint8Array }[] = [];
    for (const [name, bytes] of Object.entries(unzipSync(built.bytes))) {
      if (parseImageEntryName(name)) images.push({ name, bytes });
      else entries[name] = strFromU8(bytes);
    }
    return publish({ kind: 'show', key: showId, title: built.summary.showName }, target, entries, images);
  }

  /** The whole product catalog: stores upsert it by SKU. */
  async function publishCatalog(target: PublicationTarget): Promise<PublishResponse> {
    session();
    const products = allIds(deps.db, 'products').map((id) => deps.services.products.get(id));
    if (products.length === 0) throw new DomainError('CONFLICT', 'There are no products to publish', { reason: 'NOTHING_TO_PUBLISH' });
    const entries = { [PACKAGE_ENTRY.products]: jsonText({ products: products.map(toPackageProduct) }) };
    return publish(
      { kind: 'catalog', key: 'catalog', title: `${products.length} products` },
      target,
      entries,
      await readProductImages(deps.services, products),
    );
  }

  /** Every coupon with the products it applies to: stores create them once and update them with each new version. */
  async function publishCoupons(target: PublicationTarget): Promise<PublishResponse> {
    session();
    const coupons = allIds(deps.db, 'coupons').map((id) => deps.services.coupons.get(id));
    if (coupons.length === 0) throw new DomainError('CONFLICT', 'There are no coupons to publish', { reason: 'NOTHING_TO_PUBLISH' });
    const productIds = [...new Set(coupons.flatMap((c) => c.productIds))];
    const products = productIds.map((id) => deps.services.products.get(id));
    const entries = {
      [PACKAGE_ENTRY.coupons]: jsonText({ coupons: coupons.map(toPackageCoupon) }),
      [PACKAGE_ENTRY.products]: jsonText({ products: products.map(toPackageProduct) }),
    };
    return publish(
      { kind: 'coupons', key: 'coupons', title: `${coupons.length} coupons` },
      target,
      entries,
      await readProductImages(deps.services, products),
    );
  }

  return { signIn, signOut, targets, publishShow, publishCatalog, publishCoupons, current: () => dao.get() };
}

export type Producer = ReturnType<typeof createProducer>;
