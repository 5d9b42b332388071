import type { PlatformMinuteRow } from '../platform/platformData';
import type { SessionCounter } from '../session/sessionEvents';
import { minuteSpan } from './platformFigures';
import type { CueInterval, TaskReport } from './sessionReport';

const MINUTE = 60_000;

/** The trend file's columns a task's counter can be read from. */
const TREND_COLUMN: Partial<Record<SessionCounter, 'likes' | 'newFollowers' | 'comments' | 'orders' | 'gmvFen'>> = {
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
 * the reach comes to the goal, at the moment the running sum crosses it. A task whose counter the file has no column
 * for, or whose runs lie wholly outside the file's minutes, keeps what was typed.
 */
export function withTrendReach(
  tasks: readonly TaskReport[],
  cues: readonly CueInterval[],
  rows: readonly PlatformMinuteRow[],
): TaskReport[] {
  if (rows.length === 0) return [...tasks];
  const span = minuteSpan(rows.map((r) => r.at));
  return tasks.map((task) => {
    const column = task.counter === null ? undefined : TREND_COLUMN[task.counter];
    if (column === undefined || !rows.some((r) => r[column] !== null)) return task;
    const runs = cues
      .filter((c) => c.taskId === task.taskId && (c.cueType === 'task' || c.cueType === 'giveaway'))
      .map((c) => ({ from: c.startedAt, to: c.startedAt + c.durationMs }));
    if (!runs.some((r) => r.to > span.first && r.from < span.end)) return task;
    const pieces: Piece[] = [];
    for (const run of runs)
      for (const row of rows) {
        const value = row[column];
        const from = Math.max(run.from, row.at);
        const to = Math.min(run.to, row.at + MINUTE);
        if (value === null || value === 0 || to <= from) continue;
        pieces.push({ from, to, value: (value * (to - from)) / MINUTE });
      }
    pieces.sort((a, b) => a.from - b.from);
    const total = pieces.reduce((sum, p) => sum + p.value, 0);
    const reached = Math.round(total);
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
