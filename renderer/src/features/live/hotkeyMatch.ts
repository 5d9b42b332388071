import { HOTKEY_MODIFIERS } from '../../../../shared/domain/catalog/cueLiveSettings';
import { chordSpec, type KeyChord } from '../../keyboard/hotkeyChord';

/**
 * Per-cue hotkeys. A hotkey is written as a KeyboardEvent.code (the physical key, so it does not depend on the
 * keyboard layout or the input method) with optional modifiers in the order Ctrl+Alt+Shift+Meta, e.g. "F1",
 * "Ctrl+Digit1", "KeyQ". The format is defined with the cue settings (shared/domain/catalog/cueLiveSettings.ts).
 */

/** A spec with its modifiers in the canonical order, so "Shift+Ctrl+F1" still matches; null when it names no key. */
export function normalizeHotkey(spec: string): string | null {
  const parts = spec
    .split('+')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const key = parts.pop();
  if (key === undefined) return null;
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const known = HOTKEY_MODIFIERS.filter((m) => mods.has(m.toLowerCase()));
  if (known.length !== mods.size) return null;
  return [...known, key].join('+');
}

/** Whether a key press is exactly this hotkey (extra modifiers held make it a different key). */
export function matchesHotkey(spec: string, e: KeyChord): boolean {
  return normalizeHotkey(spec) === chordSpec(e);
}

/** The first cue whose hotkey is this key press. */
export function cueForChord<C extends { hotkey: string | null }>(cues: readonly C[], e: KeyChord): C | undefined {
  const pressed = chordSpec(e);
  return cues.find((c) => c.hotkey !== null && normalizeHotkey(c.hotkey) === pressed);
}
