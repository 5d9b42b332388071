import type { PlatformMinuteRow } from '../platform/platformData';
import type { SessionCounter } from '../session/sessionEvents';
import type { CueInterval, TaskReport } from './sessionReport';

const MINUTE = 60_000;

/** The trend file's columns a task's counter can be read from. */
type TrendColumn = 'likes' | 'newFollowers' | 'comments' | 'orders' | 'gmvFen';
const TREND_COLUMN: Partial<Record<SessionCounter, TrendColumn>> = {
  likes: 'likes',
  newFollowers: 'newFollowers',
  comments: 'comments',
  orders: 'orders',
  gmvFen: 'gmvFen',
};

/** A share of one minute's figure that fell within one run of the task. */
interface Piece {
  from: number;
  to: number;
  value: number;
}

/**
 * Tasks' reach from the platform's trend file: the figure of the counter a task watches, over the task's runs, each
 * minute counted by the share of it the run covered (a minute's likes are taken as spread evenly over it). Met when
 * the reach comes to the goal, at the moment the running sum crosses it. Only when the file covers every minute of
 * every run with a figure: a task whose counter the file has no column for, or with a run partly outside the file or
 * over a minute it left blank, keeps what was typed (a minute the file does not give is unknown, not 0).
 */
export function withTrendReach(
  tasks: readonly TaskReport[],
  cues: readonly CueInterval[],
  rows: readonly PlatformMinuteRow[],
): TaskReport[] {
  return tasks.map((task) => {
    const column = task.counter === null ? undefined : TREND_COLUMN[task.counter];
    if (column === undefined) return task;
    const byMinute = minuteFigures(rows, column);
    const runs = mergedRuns(cues.filter((c) => c.taskId === task.taskId && (c.cueType === 'task' || c.cueType === 'giveaway')));
    if (runs.length === 0 || !runs.every((run) => covered(run, byMinute))) return task;
    const pieces: Piece[] = [];
    for (const run of runs)
      for (let minute = floorMinute(run.from); minute < run.to; minute += MINUTE) {
        const value = byMinute.get(minute) ?? 0;
        const from = Math.max(run.from, minute);
        const to = Math.min(run.to, minute + MINUTE);
        if (value !== 0 && to > from) pieces.push({ from, to, value: (value * (to - from)) / MINUTE });
      }
    const reached = Math.round(pieces.reduce((sum, p) => sum + p.value, 0));
    const targetMet = reached >= task.target;
    return {
      ...task,
      reached,
      targetMet,
      metAt: targetMet ? crossing(pieces, task.target, runs[0]?.from ?? null) : null,
      lastUpdateAt: Math.max(...runs.map((r) => r.to)),
      counted: true,
      source: 'platform',
    };
  });
}

const floorMinute = (at: number) => Math.floor(at / MINUTE) * MINUTE;

/** The column's figure per minute start (rows in one minute add up); a minute whose cells are all blank is absent. */
function minuteFigures(rows: readonly PlatformMinuteRow[], column: TrendColumn): Map<number, number> {
  const out = new Map<number, number>();
  for (const row of rows) {
    const value = row[column];
    if (value === null) continue;
    const minute = floorMinute(row.at);
    out.set(minute, (out.get(minute) ?? 0) + value);
  }
  return out;
}

/** Every minute the run touches has a figure. */
function covered(run: { from: number; to: number }, byMinute: ReadonlyMap<number, number>): boolean {
  for (let minute = floorMinute(run.from); minute < run.to; minute += MINUTE) if (!byMinute.has(minute)) return false;
  return true;
}

/** Runs in time order with overlaps joined: a task and a giveaway of one task on air together count its minutes once. */
function mergedRuns(cues: readonly CueInterval[]): { from: number; to: number }[] {
  const runs = cues.map((c) => ({ from: c.startedAt, to: c.startedAt + c.durationMs })).sort((a, b) => a.from - b.from);
  const out: { from: number; to: number }[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && run.from <= last.to) last.to = Math.max(last.to, run.to);
    else out.push({ ...run });
  }
  return out;
}

/** When the running sum of the pieces first comes to `target`, interpolated within the piece that gets it there. */
function crossing(pieces: readonly Piece[], target: number, firstStart: number | null): number | null {
  if (target <= 0) return firstStart;
  let sum = 0;
  for (const p of pieces) {
    // Reached is rounded, so the goal counts as met half a unit early, as the rounded figure shows it.
    const goal = target - 0.5;
    if (sum + p.value >= goal) return Math.round(p.from + ((goal - sum) / p.value) * (p.to - p.from));
    sum += p.value;
  }
  return pieces.at(-1)?.to ?? firstStart;
}
