import { createHash } from 'node:crypto';
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { z } from 'zod';
import { type HubClient, HubRequestError } from '../../../shared/api/hub/hubClient';
import type { DeliveryStatus } from '../../../shared/api/hub/hubPublications';
import { CouponsPartV1, imageEntryName, PACKAGE_ENTRY, ProductsPartV1 } from '../../../shared/domain/showPackage/showPackageFormat';
import type { BackendContext } from '../backendContext';
import { DomainError } from '../dispatch/domainError';
import { commitShowPackage, type PackageCommitOptions, type StagedImage } from '../showPackage/packageCommit';
import { toUpsertRow } from '../showPackage/packagePreview';
import { readShowPackage } from '../showPackage/packageReader';
import type { ShowPackageServices } from '../showPackage/services';
import { removeShow } from '../shows/showRemoval';
import { createShowsDao } from '../shows/shows.dao';
import type { Db } from '../store/database';
import type { WriteGate } from '../store/writeGate';
import { createInboxDao, type InboxDao, type InboxPublication } from './inbox.dao';

export interface ApplyDeps {
  /** The backend, for applying show packages in slices on a connection of their own. */
  ctx: BackendContext;
  /** For tests: slices and a hook at each turn of a show package's apply. */
  packageOptions?: Pick<PackageCommitOptions, 'sliceMs' | 'onTurn'>;
  services: ShowPackageServices;
  inbox: InboxDao;
  gate: WriteGate;
  client: HubClient;
  credential: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Applies one pulled publication and records what became of it, in ONE transaction with its rows (a show's in
 * slices on the import connection, like a package imported by hand).
 * A show from head office that is live here is not touched: the publication waits (`deferred`) and is
 * tried again at the next turn after the session ended. A publication this PC cannot apply is `failed`
 * with the reason; a hub that cannot be reached throws (the publication stays `received`, tried later).
 */
export async function applyPublication(deps: ApplyDeps, pub: InboxPublication): Promise<DeliveryStatus> {
  const { services, inbox, gate } = deps;
  const now = () => services.clock.now();
  const record = (status: DeliveryStatus, reason: string | null) => {
    inbox.setStatus(pub.publicationId, status, reason, now());
    return status;
  };
  try {
    if (pub.kind === 'show') {
      const deferred = liveDeferral(services.db, inbox, pub);
      if (deferred) return await gate.run(() => record('deferred', deferred));
      const pkg = await readShowPackage(`${pub.title}.livecue`, await rebuildPackage(deps, pub));
      // Applied like a package imported by hand: in slices on a connection of its own, the show in one transaction
      // with the inbox rows, so live commands run between slices instead of waiting for thousands of products.
      // The inbox on the apply's connection, made in `guard` and used again in `before` and `after`.
      let tx: InboxDao | null = null;
      try {
        await commitShowPackage(deps.ctx, services, pkg, {
          ...deps.packageOptions,
          // All or nothing: products kept ahead of a show found live would change prices on a live stream.
          keepProducts: false,
          guard: ({ db }) => {
            tx = createInboxDao(db);
            // Checked again in each of the apply's transactions: a session may have gone live on the show meanwhile,
            // and its products must not change under it either.
            const stillLive = liveDeferral(db, tx, pub);
            if (stillLive) throw new Deferred(stillLive);
          },
          before: ({ db, events }) => {
            tx ??= createInboxDao(db);
            // A newer version replaces the store's copy: the old show goes (its sessions and events stay, they
            // name the show by id and keep its name) and the new one takes over the origin row. Removing rather
            // than rewriting cues in place keeps the package import the one path that builds a show from a package.
            const origin = tx.origin('show', pub.key);
            if (origin && db.prepare('SELECT 1 FROM shows WHERE id = ?').get(origin.localId))
              removeShow(createShowsDao(db), events, origin.localId);
          },
          after: ({ db }, result) => {
            tx ??= createInboxDao(db);
            tx.setOrigin({ ...originOf(pub), kind: 'show', localId: result.showId });
            tx.setStatus(pub.publicationId, 'applied', null, now());
          },
        });
        return 'applied';
      } catch (error) {
        if (error instanceof Deferred) return await gate.run(() => record('deferred', error.message));
        throw error;
      }
    }
    const staged = await fetchAndStage(deps, pub);
    return await gate.run(() =>
      services.db.transaction((): DeliveryStatus => {
        for (const image of staged) image.record();
        const products = part(pub, PACKAGE_ENTRY.products, ProductsPartV1).products;
        const upsert = services.products.upsertMany(products.map(toUpsertRow));
        if (pub.kind === 'coupons') {
          const productIds = new Map(products.map((p, i) => [p.id, (upsert.rows[i] as { id: string }).id]));
          for (const coupon of part(pub, PACKAGE_ENTRY.coupons, CouponsPartV1).coupons) {
            const { id, productIds: linked, ...fields } = coupon;
            const input = { ...fields, productIds: linked.map((pid) => productIds.get(pid) ?? missingLink(coupon.name, pid)) };
            // Coupons are keyed by the publication's key and the producer's coupon id, so a new version updates them.
            const key = `${pub.key}/${id}`;
            const origin = inbox.origin('coupon', key);
            const existing = origin && services.db.prepare('SELECT 1 FROM coupons WHERE id = ?').get(origin.localId);
            const localId = existing && origin ? services.coupons.update(origin.localId, input).id : services.coupons.create(input).id;
            inbox.setOrigin({ ...originOf(pub), kind: 'coupon', key, localId });
          }
        }
        return record('applied', null);
      })(),
    );
  } catch (error) {
    // No answer, or a hub error of its own: try again later. A refusal about this publication (an image the
    // hub will not give, or that does not match its hash) would be refused again: it fails, and the rest go on.
    if (error instanceof HubRequestError && (isTransient(error) || error.problem === 'REVOKED')) throw error;
    const known = error instanceof DomainError || error instanceof HubRequestError;
    const reason = known ? error.message : `could not apply: ${error instanceof Error ? error.message : String(error)}`;
    if (!known) console.error(`[livecue] publication ${pub.publicationId} failed`, error);
    return gate.run(() => record('failed', reason));
  }
}

function isTransient(error: HubRequestError): boolean {
  return error.problem === 'UNREACHABLE' || error.problem === 'TLS' || error.hubCode === 'INTERNAL';
}

function originOf(pub: InboxPublication) {
  return {
    key: pub.key,
    publicationId: pub.publicationId,
    version: pub.version,
    publishedAt: pub.publishedAt,
    publishedBy: pub.publishedBy,
  };
}

/** Why a show publication must wait: its show is live here. Null when it may be applied now. */
function liveDeferral(db: Db, inbox: InboxDao, pub: InboxPublication): string | null {
  const origin = inbox.origin('show', pub.key);
  if (!origin) return null;
  const live = db.prepare("SELECT show_name FROM sessions WHERE status = 'live' AND show_id = ?").get(origin.localId) as
    | { show_name: string }
    | undefined;
  return live ? `“${live.show_name}” is live; version ${pub.version} is applied when the session ends` : null;
}

/** A show publication found live inside the apply's transaction: rolled back, recorded as deferred. */
class Deferred extends Error {}

/** The image bytes a publication names: from the local store when present, else from the hub, each checked against its hash. */
async function imageBytes(deps: ApplyDeps, pub: InboxPublication): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  const missing = new Set(deps.services.images.missing(pub.content.images.map((i) => i.sha256)));
  for (const image of pub.content.images) {
    if (out.has(image.sha256)) continue;
    if (!missing.has(image.sha256)) {
      out.set(image.sha256, (await deps.services.images.read(image.sha256)).bytes);
      continue;
    }
    const bytes = await deps.client.image(image.sha256, deps.credential);
    if (sha256(bytes) !== image.sha256)
      throw new HubRequestError('BAD_RESPONSE', `image ${image.sha256} from the hub does not match its hash`);
    out.set(image.sha256, bytes);
  }
  return out;
}

/** Puts the `.livecue` zip back together: the JSON entries byte for byte (so the manifest's hashes hold) and the images. */
async function rebuildPackage(deps: ApplyDeps, pub: InboxPublication): Promise<Uint8Array> {
  const files: Zippable = {};
  for (const [name, text] of Object.entries(pub.content.entries)) files[name] = strToU8(text);
  const bytes = await imageBytes(deps, pub);
  for (const image of pub.content.images) {
    const data = bytes.get(image.sha256);
    // Images are compressed already: stored as they are, like the exporter does.
    if (data) files[imageEntryName(image.sha256, image.mime)] = [data, { level: 0 }];
  }
  return zipSync(files, { level: 6 });
}

async function fetchAndStage(deps: ApplyDeps, pub: InboxPublication): Promise<StagedImage[]> {
  const staged: StagedImage[] = [];
  for (const [hash, bytes] of await imageBytes(deps, pub)) {
    const image = await deps.services.images.stageFile(bytes);
    if (image.hash !== hash) throw new Error(`image ${hash} changed while staging`);
    staged.push(image);
  }
  return staged;
}

function part<S extends z.ZodType>(pub: InboxPublication, name: string, schema: S): z.output<S> {
  const text = pub.content.entries[name];
  if (text === undefined) throw new DomainError('INVALID_PAYLOAD', `${pub.title}: ${name} is missing`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DomainError('INVALID_PAYLOAD', `${pub.title}: ${name} is not valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw DomainError.fromZod(parsed.error, [name]);
  return parsed.data;
}

function missingLink(coupon: string, productId: string): never {
  throw new DomainError(
    'INVALID_PAYLOAD',
    `coupons.json: coupon "${coupon}" applies to product ${productId}, which is not in products.json`,
  );
}
