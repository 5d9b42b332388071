import type { CueType } from '../catalog/show';
import type { SessionCounter, SessionEventPayload } from '../session/sessionEvents';
import type { TaskReport } from './sessionReport';

interface TaskRuns {
  cueId: string;
  cueType: CueType;
  runs: number;
  /** The goal as the cue's start logged it; null in logs from before it was logged. */
  target: number | null;
  counter: SessionCounter | null;
  lastStartAt: number;
}

/**
 * The tasks results: one row per task, whether or not anything was counted while it ran (its goal comes with the
 * cue's start), its re-fires counted on that row rather than listed as rows of their own.
 */
export function createTaskResults() {
  const progress = new Map<string, TaskReport>();
  const runs = new Map<string, TaskRuns>();
  const order: string[] = [];
  const seen = (taskId: string) => {
    if (!progress.has(taskId) && !runs.has(taskId)) order.push(taskId);
  };
  return {
    cueStarted(e: SessionEventPayload<'cue.started'>): void {
      if (e.taskId === null || (e.cueType !== 'task' && e.cueType !== 'giveaway')) return;
      seen(e.taskId);
      const held = runs.get(e.taskId);
      runs.set(e.taskId, {
        cueId: held?.cueId ?? e.cueId,
        cueType: held?.cueType ?? e.cueType,
        runs: (held?.runs ?? 0) + 1,
        target: e.taskTarget ?? held?.target ?? null,
        counter: e.taskCounter ?? held?.counter ?? null,
        lastStartAt: e.at,
      });
    },
    progress(e: SessionEventPayload<'task.progress'>): void {
      const { taskId, target, reached, at } = e;
      seen(taskId);
      const met = reached >= target;
      const before = progress.get(taskId);
      progress.set(taskId, {
        taskId,
        target,
        reached,
        targetMet: met,
        metAt: before?.metAt ?? (met ? at : null),
        lastUpdateAt: at,
        cueId: null,
        cueType: null,
        runs: null,
        counted: true,
        counter: null,
        source: 'typed',
      });
    },
    result(): TaskReport[] {
      const out: TaskReport[] = [];
      for (const taskId of order) {
        const p = progress.get(taskId);
        const r = runs.get(taskId);
        if (p) out.push(r ? { ...p, cueId: r.cueId, cueType: r.cueType, runs: r.runs, counter: r.counter } : p);
        // Without a count and without a logged goal there is nothing to report beyond the cue table's row.
        else if (r && r.target !== null)
          out.push({
            taskId,
            target: r.target,
            reached: 0,
            targetMet: false,
            metAt: null,
            lastUpdateAt: r.lastStartAt,
            cueId: r.cueId,
            cueType: r.cueType,
            runs: r.runs,
            counted: false,
            counter: r.counter,
            source: null,
          });
      }
      return out;
    },
  };
}
