import { afterEach, describe, expect, it } from 'vitest';
import { catalogTestContext, domainError } from '../../../test/support/backend/catalogTestContext';
import { createShowsService } from '../shows/shows.service';
import { createTasksService } from './tasks.service';

let close: (() => void) | undefined;
function setup() {
  const ctx = catalogTestContext();
  close = () => ctx.db.close();
  return { ...ctx, tasks: createTasksService(ctx), shows: createShowsService(ctx) };
}
afterEach(() => close?.());

describe('loyalty tasks service', () => {
  it('round-trips every field and writes an event per change', () => {
    const { tasks, eventTypes } = setup();
    const t = tasks.create({
      type: 'like_goal',
      title: '点赞到1万',
      target: 10_000,
      reward: '抽5人送正装',
      durationMs: 600_000,
      keyword: null,
      entry: '点赞满1万开奖',
    });
    expect(tasks.get(t.id)).toEqual(t);
    const u = tasks.update(t.id, { target: 20_000, durationMs: null });
    expect(u).toMatchObject({ target: 20_000, durationMs: null, reward: '抽5人送正装' });
    expect(tasks.update(t.id, { target: 20_000 })).toEqual(u); // no change, no event
    expect(tasks.list({ limit: 10, offset: 0 })).toMatchObject({ total: 1, items: [u] });
    tasks.remove(t.id);
    expect(eventTypes()).toEqual(['task.created', 'task.updated', 'task.deleted']);
  });

  it('requires a keyword for comment_keyword, also when the type changes later', () => {
    const { tasks } = setup();
    expect(
      domainError(() =>
        tasks.create({ type: 'comment_keyword', title: '评论口令', target: 100, reward: '', durationMs: null, keyword: null, entry: '' }),
      ),
    ).toMatchObject({
      code: 'INVALID_PAYLOAD',
      path: ['keyword'],
    });
    const t = tasks.create({ type: 'follow', title: '关注主播', target: 500, reward: '', durationMs: null, keyword: null, entry: '' });
    expect(domainError(() => tasks.update(t.id, { type: 'comment_keyword' }))).toMatchObject({ path: ['keyword'] });
    expect(tasks.update(t.id, { type: 'comment_keyword', keyword: '我要福利' }).keyword).toBe('我要福利');
  });

  it('refuses to delete a task a cue uses', () => {
    const { tasks, shows } = setup();
    const t = tasks.create({
      type: 'giveaway',
      title: '福袋',
      target: 3,
      reward: '小样',
      durationMs: 300_000,
      keyword: null,
      entry: '关注主播',
    });
    const show = shows.createShow({ name: 's', notes: '', plannedStartAt: null });
    shows.insertCue({ showId: show.id, type: 'task', config: { taskId: t.id } });
    expect(domainError(() => tasks.remove(t.id))).toMatchObject({ code: 'CONFLICT' });
    expect(tasks.get(t.id).title).toBe('福袋');
  });
});
