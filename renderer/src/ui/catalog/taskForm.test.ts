import { describe, expect, it } from 'vitest';
import { type LoyaltyTask, TASK_RULES, TaskCreate } from '../../../../shared/domain/catalog/loyaltyTask';
import { emptyTaskDraft, readTaskDraft, taskDraftOf, taskFieldOf } from './taskForm';

const giveaway: LoyaltyTask = {
  id: '0190a6f0-0000-7000-8000-0000000000a1',
  type: 'giveaway',
  title: '整点福袋',
  target: 3,
  reward: '同款睡衣',
  entry: '关注主播并加入粉丝团',
  keyword: '想要睡衣',
  durationMs: 300_000,
  createdAt: 1,
  updatedAt: 1,
};

describe('follower task form', () => {
  it('round-trips a giveaway: prize, entry condition, winners, password and duration', () => {
    const draft = taskDraftOf(giveaway);
    expect(draft).toMatchObject({ target: '3', reward: '同款睡衣', entry: '关注主播并加入粉丝团', keyword: '想要睡衣', duration: '5:00' });
    const { id: _i, createdAt: _c, updatedAt: _u, ...fields } = giveaway;
    expect(readTaskDraft(draft)).toEqual({ ok: true, values: fields });
  });

  it('starts a giveaway with one winner and any other task with no target', () => {
    expect(emptyTaskDraft({ type: 'giveaway', title: '福袋' })).toMatchObject({ type: 'giveaway', title: '福袋', target: '1' });
    expect(emptyTaskDraft()).toMatchObject({ type: 'follow', target: '' });
  });

  it('sends a comment password only for the types that use one', () => {
    const draft = { ...emptyTaskDraft({ title: 't', target: '100', keyword: '666' }) };
    const follow = readTaskDraft({ ...draft, type: 'follow' });
    expect(follow.ok && follow.values.keyword).toBeNull();
    const comment = readTaskDraft({ ...draft, type: 'comment_keyword' });
    expect(comment.ok && comment.values.keyword).toBe('666');
  });

  it('leaves the rules to the backend, which names the field', () => {
    const read = readTaskDraft(emptyTaskDraft({ type: 'comment_keyword', title: '扣 666' }));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.values).toMatchObject({ target: 0, keyword: null, durationMs: null });
    const refused = TaskCreate.safeParse(read.values);
    expect(refused.error?.issues.map((i) => [taskFieldOf(i.path.filter((p) => typeof p !== 'symbol')), i.message])).toEqual([
      ['target', TASK_RULES.targetMin],
      ['keyword', TASK_RULES.keywordRequired],
    ]);
  });

  it('names what it could not read', () => {
    expect(readTaskDraft({ ...emptyTaskDraft(), target: '1.5', duration: '5 min' })).toEqual({
      ok: false,
      errors: { target: 'count.invalid', duration: 'duration.invalid' },
    });
  });

  it('maps durationMs to the duration field', () => {
    expect(taskFieldOf(['durationMs'])).toBe('duration');
    expect(taskFieldOf(['keyword'])).toBe('keyword');
  });
});
