import type { LoyaltyTask, TaskCreate, TaskType } from '../../../../shared/domain/catalog/loyaltyTask';
import { readCount } from '../../format/count';
import { formatMinSec, parseMinSec } from '../../format/minSec';
import { fieldByHead } from '../apiFieldErrors';

/** The follower-task form as typed. */
export interface TaskDraft {
  type: TaskType;
  title: string;
  /** Followers, likes, shares, comments to reach, or a giveaway's number of winners. */
  target: string;
  /** What viewers get; a giveaway's prize. */
  reward: string;
  /** How viewers take part (a giveaway's 参与条件). */
  entry: string;
  /** The comment password (评论口令). */
  keyword: string;
  /** "m:ss"; empty = until stopped. */
  duration: string;
}

export type TaskField = keyof TaskDraft;
export type TaskFormError = 'count.invalid' | 'duration.invalid';
export type TaskFormErrors = Partial<Record<TaskField, TaskFormError>>;

/** Types that take a comment password: required for a comment task, optional for a giveaway entered by commenting. */
export const usesKeyword = (type: TaskType) => type === 'comment_keyword' || type === 'giveaway';

export function emptyTaskDraft(from: Partial<TaskDraft> = {}): TaskDraft {
  const type = from.type ?? 'follow';
  // Most giveaways have one winner; every other goal is the host's to set.
  return { type, title: '', target: type === 'giveaway' ? '1' : '', reward: '', entry: '', keyword: '', duration: '', ...from };
}

export function taskDraftOf(task: LoyaltyTask): TaskDraft {
  return {
    type: task.type,
    title: task.title,
    target: String(task.target),
    reward: task.reward,
    entry: task.entry,
    keyword: task.keyword ?? '',
    duration: task.durationMs === null ? '' : formatMinSec(task.durationMs),
  };
}

/**
 * The fields to send, or what could not be read. An empty target is sent as 0 and a missing comment password as null,
 * so the backend names what is needed; a password is sent only for the types that use one.
 */
export function readTaskDraft(draft: TaskDraft): { ok: true; values: TaskCreate } | { ok: false; errors: TaskFormErrors } {
  const errors: TaskFormErrors = {};
  const target = readCount(draft.target);
  if (target === undefined) errors.target = 'count.invalid';
  const durationMs = parseMinSec(draft.duration);
  if (durationMs === undefined) errors.duration = 'duration.invalid';
  if (target === undefined || durationMs === undefined) return { ok: false, errors };
  const keyword = draft.keyword.trim();
  return {
    ok: true,
    values: {
      type: draft.type,
      title: draft.title.trim(),
      target: target ?? 0,
      reward: draft.reward.trim(),
      entry: draft.entry.trim(),
      keyword: usesKeyword(draft.type) && keyword !== '' ? keyword : null,
      durationMs,
    },
  };
}

export const taskFieldOf = fieldByHead<TaskField>({
  type: 'type',
  title: 'title',
  target: 'target',
  reward: 'reward',
  entry: 'entry',
  keyword: 'keyword',
  durationMs: 'duration',
});
