import { z } from 'zod';
import { DurationMs, EpochMs, type FieldIssue, Id, refineWith } from './common';

/** follow 关注 · fan_club 加入粉丝团 · like_goal 点赞目标 · share 分享 · comment_keyword 评论口令 · giveaway 福袋/抽奖 */
/** What the task rules answer with, by a stable key (see COUPON_RULES). */
export const TASK_RULES = {
  titleRequired: 'title is required',
  targetMin: 'target must be at least 1',
  keywordRequired: 'keyword is required for a comment_keyword task',
} as const;

export const TaskType = z.enum(['follow', 'fan_club', 'like_goal', 'share', 'comment_keyword', 'giveaway']);
export type TaskType = z.infer<typeof TaskType>;

export const TaskFields = z.object({
  type: TaskType,
  title: z.string().trim().min(1, TASK_RULES.titleRequired).max(100),
  /** The number to reach: followers, likes, shares, comments, or winners for a giveaway. */
  target: z.number().int('target must be a whole number').positive(TASK_RULES.targetMin).max(1_000_000_000),
  /** What viewers get, shown on stream (e.g. "前100名送小样"). */
  reward: z.string().trim().max(500),
  /** How long the task runs once started; null = until stopped. */
  durationMs: DurationMs.nullable(),
  /** The comment password (口令) for comment_keyword (and a giveaway entered by commenting); null otherwise. */
  keyword: z.string().trim().min(1).max(50).nullable(),
  /** How viewers take part, shown on stream (a giveaway's 参与条件, e.g. "关注主播并加入粉丝团"); '' when not said. */
  entry: z.string().trim().max(200),
});
export type TaskFields = z.infer<typeof TaskFields>;

export function taskIssues(t: TaskFields): FieldIssue[] {
  if (t.type === 'comment_keyword' && t.keyword === null) return [{ path: ['keyword'], message: TASK_RULES.keywordRequired }];
  return [];
}

export const TaskCreate = TaskFields.extend({
  reward: TaskFields.shape.reward.default(''),
  durationMs: TaskFields.shape.durationMs.default(null),
  keyword: TaskFields.shape.keyword.default(null),
  entry: TaskFields.shape.entry.default(''),
})
  .strict()
  .superRefine(refineWith(taskIssues));
export type TaskCreate = z.infer<typeof TaskCreate>;

export const TaskPatch = TaskFields.partial().strict();
export type TaskPatch = z.infer<typeof TaskPatch>;

export const LoyaltyTask = TaskFields.extend({ id: Id, createdAt: EpochMs, updatedAt: EpochMs });
export type LoyaltyTask = z.infer<typeof LoyaltyTask>;
