import { randomUUID } from 'node:crypto';
import { type LivePlatform, type PlatformFileKind, platformEventSchemas } from '../../../shared/domain/platform/platformData';
import type {
  PlatformChoices,
  PlatformImportPreview,
  PlatformImportResult,
  PlatformMapping,
} from '../../../shared/domain/platform/platformImport';
import type { BackendContext } from '../backendContext';
import { DomainError } from '../dispatch/domainError';
import { cellText } from '../import/cell';
import { readTable } from '../import/readTable';
import type { TableRead } from '../import/tableRead';
import { createYielder } from '../import/yielder';
import { createCatalogMatcher } from './catalogMatch';
import { createMappingMemory } from './mappingMemory';
import { findPlatformHeaderRow } from './platformHeaders';
import { buildPlatformPreview, type PlatformPreviewState, toPlatformPreview } from './platformPreview';

/** Previews kept for remapping and commit; the oldest is dropped beyond this. */
const MAX_PREVIEWS = 4;

interface SessionRow {
  id: string;
  show_name: string;
  status: 'live' | 'ended';
  started_at: number;
  ended_at: number | null;
}

interface Held {
  sessionId: string;
  platform: LivePlatform;
  kind: PlatformFileKind;
  table: TableRead;
  /** What the user set by hand; the remembered mapping is worked out again under it on each build. */
  mapping: PlatformMapping;
  choices: PlatformChoices;
  state: PlatformPreviewState;
  rememberedMapping: boolean;
}

export interface PlatformPreviewRequest {
  sessionId: string;
  platform: LivePlatform;
  kind: PlatformFileKind;
  fileName: string;
  bytes: Uint8Array;
  mapping?: PlatformMapping | undefined;
  choices?: PlatformChoices | undefined;
}

/**
 * Imports a live platform's own numbers for an ended session: preview (nothing written), correct
 * the mapping or the row kept for a repeated product or minute, then commit as ONE session event.
 */
export function createPlatformImportService(ctx: BackendContext, options: { newId?: () => string } = {}) {
  const newId = options.newId ?? randomUUID;
  const held = new Map<string, Held>();
  const memory = createMappingMemory(ctx.db);
  const selectSession = ctx.db.prepare<[string], SessionRow>(
    'SELECT id, show_name, status, started_at, ended_at FROM sessions WHERE id = ?',
  );

  /** The session must exist and be over: the platform's numbers come after the show. */
  function endedSession(sessionId: string): SessionRow {
    const session = selectSession.get(sessionId);
    if (!session)
      throw new DomainError('NOT_FOUND', `Session ${sessionId} does not exist.`, { path: ['sessionId'], reason: 'SESSION_NOT_FOUND' });
    if (session.status !== 'ended') {
      throw new DomainError(
        'CONFLICT',
        `Session ${sessionId} ("${session.show_name}") is still live; end it before importing the platform's numbers.`,
        { path: ['sessionId'], reason: 'SESSION_NOT_ENDED' },
      );
    }
    return session;
  }

  async function build(h: Omit<Held, 'state' | 'rememberedMapping'>): Promise<Held> {
    const session = endedSession(h.sessionId);
    const header = findPlatformHeaderRow(h.kind, h.table.rows);
    const headers = header ? header.cells.map((c) => cellText(c).trim()) : [];
    const remembered = memory.mappingFor(h.platform, h.kind, headers, h.mapping);
    const state = await buildPlatformPreview(h.table, {
      kind: h.kind,
      session: { startedAt: session.started_at, endedAt: session.ended_at },
      mapping: { ...remembered, ...h.mapping },
      choices: h.choices,
      match: h.kind === 'products' ? createCatalogMatcher(ctx.db, h.platform) : () => null,
      yielder: createYielder(),
    });
    return { ...h, state, rememberedMapping: Object.keys(remembered).length > 0 };
  }

  function keep(id: string, h: Held): PlatformImportPreview {
    held.delete(id);
    held.set(id, h);
    for (const old of held.keys()) {
      if (held.size <= MAX_PREVIEWS) break;
      held.delete(old);
    }
    return toPlatformPreview(id, { sessionId: h.sessionId, platform: h.platform, rememberedMapping: h.rememberedMapping }, h.state);
  }

  function get(previewId: string): Held {
    const h = held.get(previewId);
    if (!h)
      throw new DomainError('NOT_FOUND', 'This preview is no longer available; pick the file again.', {
        path: ['previewId'],
        reason: 'PREVIEW_NOT_FOUND',
      });
    return h;
  }

  return {
    async preview(request: PlatformPreviewRequest): Promise<PlatformImportPreview> {
      endedSession(request.sessionId);
      const table = await readTable(request.bytes, { fileName: request.fileName, yielder: createYielder() });
      const h = await build({
        sessionId: request.sessionId,
        platform: request.platform,
        kind: request.kind,
        table,
        mapping: request.mapping ?? {},
        choices: request.choices ?? {},
      });
      return keep(newId(), h);
    },

    /** Builds the preview again with a corrected mapping and/or duplicate choices; the file is not read again. */
    async remap(
      previewId: string,
      change: { mapping?: PlatformMapping | undefined; choices?: PlatformChoices | undefined },
    ): Promise<PlatformImportPreview> {
      const h = get(previewId);
      const next = await build({ ...h, mapping: change.mapping ?? h.mapping, choices: { ...h.choices, ...(change.choices ?? {}) } });
      // Discarded (or imported) while it was being built again: it stays gone.
      get(previewId);
      return keep(previewId, next);
    },

    /**
     * Appends the preview's rows as ONE event on the session, and remembers the hand-made mapping, in
     * one transaction. Refused while rows are invalid unless `skipInvalid` (they are then left out).
     */
    commit(previewId: string, skipInvalid: boolean): PlatformImportResult {
      const h = get(previewId);
      const { state } = h;
      const blocking = state.blocking[0];
      if (blocking) throw new DomainError('INVALID_PAYLOAD', blocking.message, { reason: blocking.code });
      if (state.totals.invalid > 0 && !skipInvalid) {
        const first = state.issues.find((i) => state.rows.some((r) => r.row === i.row && r.action === 'invalid'));
        throw new DomainError(
          'INVALID_PAYLOAD',
          `${state.totals.invalid} row(s) cannot be imported${first ? ` (first: ${first.message})` : ''}; fix the file or import without them.`,
          { reason: 'HAS_INVALID_ROWS' },
        );
      }
      const importId = newId();
      const type = state.kind === 'products' ? 'platform.products' : 'platform.trend';
      const base = { sessionId: h.sessionId, at: ctx.clock.now(), importId, platform: h.platform, fileName: state.table.source.fileName };
      const payload =
        type === 'platform.products'
          ? platformEventSchemas['platform.products'].parse({ ...base, rows: state.imported.products })
          : platformEventSchemas['platform.trend'].parse({ ...base, rows: state.imported.minutes });
      ctx.db.transaction(() => {
        // Checked again inside the transaction: the session could have been deleted since the preview.
        endedSession(h.sessionId);
        ctx.events.append({ type, payload, sessionId: h.sessionId });
        memory.remember(h.platform, h.kind, state.columns);
      })();
      held.delete(previewId);
      return {
        importId,
        eventType: type,
        rows: payload.rows.length,
        skippedInvalid: state.totals.invalid,
        unmatched: state.totals.unmatched,
      };
    },

    discard(previewId: string): void {
      held.delete(previewId);
    },
  };
}

export type PlatformImportService = ReturnType<typeof createPlatformImportService>;
