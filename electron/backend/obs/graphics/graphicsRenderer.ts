import type { ObsActionResult } from '../../../../shared/domain/obsActions';
import { OBS_BROWSER_OVERLAY, OBS_OVERLAY_SCENE, overlaySourceName } from '../../../../shared/domain/obsLayout';
import type { ObsStatus } from '../../../../shared/domain/obsStatus';
import type { Canvas } from '../../../../shared/domain/overlay/namedLayouts';
import {
  emptyOverlayContent,
  type OverlayContent,
  type OverlayImage,
  overlayContent,
  showsLogo,
} from '../../../../shared/domain/overlay/overlayContent';
import { layoutOverlay } from '../../../../shared/domain/overlay/overlayLayout';
import type { OverlayTheme } from '../../../../shared/domain/overlay/overlayTheme';
import type { RuntimeState } from '../../../../shared/domain/runtime';
import type { Timers } from '../../../../shared/timing/timers';
import type { ObsOp } from '../obsOps';
import { targetOf } from '../obsOps';
import type { ObsSnapshot } from '../resync';
import { fontFaceFor, nativeGraphicsOps, type TextStyle } from './nativeGraphics';

/** What the renderer needs of the OBS controller. */
export interface GraphicsObs {
  readonly state: ObsStatus['state'];
  readonly snapshot: ObsSnapshot | null;
  onStatus(listener: (status: ObsStatus) => void): () => void;
  runShow(ops: readonly ObsOp[]): Promise<ObsActionResult[]>;
}

export interface GraphicsRendererOptions {
  obs: GraphicsObs;
  timers: Timers;
  theme(): OverlayTheme;
  /** The logo as a file OBS can open (resolved from the theme's image hash), or null. */
  logo(theme: OverlayTheme): OverlayImage | null;
  /** Whether LiveCue draws with OBS's own sources (false: the overlay page in a browser source does). */
  native(): boolean;
  /** Outcome of a batch the renderer sent on its own (countdown second, canvas change, reconnect). */
  onSent?(ops: readonly ObsOp[], results: ObsActionResult[] | Error): void;
}

const DEFAULT_CANVAS: Canvas = { width: 1920, height: 1080 };
const DEFAULT_FRAME_MS = 1000 / 30;
/** A little over one frame, so the wait always spans a frame boundary. */
const FRAME_MARGIN_MS = 8;

/** The next moment a countdown on screen shows another second (or reaches 00:00). */
export function nextCountdownChange(content: OverlayContent, now: number): number | null {
  const deadlines = [content.coupon, content.flashSale, content.giveaway, content.task].flatMap((slot) =>
    slot?.deadlineAt != null && slot.deadlineAt > now ? [slot.deadlineAt] : [],
  );
  const changes = deadlines.map((d) => d - (Math.ceil((d - now) / 1000) - 1) * 1000);
  return changes.length === 0 ? null : Math.min(...changes);
}

/**
 * Keeps LiveCue's graphics in OBS equal to the show: the running cues' content laid out for OBS's canvas, drawn with
 * native text, image and colour sources in LiveCue's overlay scene. Sends only what changed since it last asked
 * (per source and setting); a GO's changes ride in the GO's own batch (`update`), the rest (countdown seconds, a new
 * canvas size, a theme change, a reconnect) it sends itself.
 */
export class GraphicsRenderer {
  readonly #o: GraphicsRendererOptions;
  /** What was last asked of OBS per target, as JSON: the baseline for the next diff. */
  #sent = new Map<string, string>();
  #state: RuntimeState | null = null;
  #canvas: Canvas | null = null;
  #timer: unknown = null;
  #wasReady = false;
  #closed = false;
  readonly #off: () => void;

  constructor(options: GraphicsRendererOptions) {
    this.#o = options;
    this.#off = options.obs.onStatus((status) => this.#onStatus(status));
  }

  /** The ops bringing OBS to the picture for `state` at `now` (nothing when nothing changed or OBS cannot show it). */
  update(state: RuntimeState | null, now: number): ObsOp[] {
    this.#state = state;
    return this.#diff(now);
  }

  /** Sends whatever changed since the last batch (a new theme, the renderer switched). */
  refresh(): void {
    this.#sendOwn(this.#o.timers.now());
  }

  /** Forgets what OBS holds (its sources were just created or replaced) and draws everything again. */
  reset(): void {
    this.#sent.clear();
    this.#sendOwn(this.#o.timers.now());
  }

  close(): void {
    this.#closed = true;
    this.#off();
    if (this.#timer !== null) this.#o.timers.clearTimeout(this.#timer);
  }

  #onStatus(status: ObsStatus): void {
    const ready = status.state === 'ready';
    const canvasChanged =
      status.canvas !== undefined && (status.canvas.width !== this.#canvas?.width || status.canvas.height !== this.#canvas.height);
    // A (re)connect: OBS may have restarted, or been edited by hand meanwhile. Draw everything again.
    const connected = ready && !this.#wasReady;
    if (connected) this.#sent.clear();
    this.#wasReady = ready;
    if (connected || (ready && canvasChanged)) this.#sendOwn(this.#o.timers.now());
  }

  /**
   * Canvas and text style to draw for, or null when LiveCue's native graphics are not wanted (the overlay page draws)
   * or not set up in the OBS it is connected to. While OBS is away it still draws (for the last canvas it saw, else
   * 1920×1080): the batch fails and is logged, and the picture is put back when OBS returns.
   */
  #target(): { canvas: Canvas; style: TextStyle; frameMs: number } | null {
    const snap = this.#o.obs.snapshot;
    if (snap?.canvas) this.#canvas = snap.canvas;
    if (!this.#o.native()) return null;
    const items = snap?.items.get(OBS_OVERLAY_SCENE);
    if (snap && this.#o.obs.state === 'ready' && (!items || items.has(OBS_BROWSER_OVERLAY))) return null;
    const textKind = snap?.inputKinds.get(overlaySourceName('product.title')) ?? 'text_ft2_source_v2';
    return {
      canvas: this.#canvas ?? DEFAULT_CANVAS,
      style: { textKind, fontFace: fontFaceFor(snap?.platform ?? '', textKind) },
      frameMs: snap?.frameMs ?? DEFAULT_FRAME_MS,
    };
  }

  #diff(now: number): ObsOp[] {
    const shown = this.#state ? overlayContent(this.#state) : emptyOverlayContent();
    this.#schedule(shown, now);
    const target = this.#target();
    if (!target) return [];
    const theme = this.#o.theme();
    const logo = showsLogo(this.#state) ? this.#o.logo(theme) : null;
    const layout = layoutOverlay(target.canvas, shown, theme, now, logo);
    const ops = nativeGraphicsOps(layout, target.style);
    const content = this.#changed(ops.content);
    const visibility = this.#changed(ops.visibility);
    // OBS applies new settings on its next video frame but shows a source at once: a part appearing waits a frame
    // for its new text, so the audience never sees a frame of the previous cue's card.
    const appearing = visibility.some((op) => op.kind === 'setVisible' && op.visible);
    const wait: ObsOp[] = appearing && content.length > 0 ? [{ kind: 'pause', ms: Math.ceil(target.frameMs + FRAME_MARGIN_MS) }] : [];
    return [...content, ...wait, ...visibility];
  }

  #changed(ops: readonly ObsOp[]): ObsOp[] {
    return ops.filter((op) => {
      const key = targetOf(op);
      const json = JSON.stringify(op);
      if (this.#sent.get(key) === json) return false;
      this.#sent.set(key, json);
      return true;
    });
  }

  #sendOwn(now: number): void {
    if (this.#closed) return;
    const ops = this.#diff(now);
    if (ops.length === 0) return;
    this.#o.obs.runShow(ops).then(
      (results) => this.#o.onSent?.(ops, results),
      (error: unknown) => this.#o.onSent?.(ops, error instanceof Error ? error : new Error(String(error))),
    );
  }

  /** Wakes at the next second a countdown on screen changes. */
  #schedule(shown: OverlayContent, now: number): void {
    if (this.#timer !== null) this.#o.timers.clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#closed) return;
    const at = nextCountdownChange(shown, now);
    if (at === null) return;
    this.#timer = this.#o.timers.setTimeout(
      () => {
        this.#timer = null;
        this.#sendOwn(this.#o.timers.now());
      },
      Math.max(0, at - now),
    );
  }
}
