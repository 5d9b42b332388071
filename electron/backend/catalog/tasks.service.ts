import type { Page } from '../../../shared/domain/catalog/common';
import { type LoyaltyTask, TaskCreate, type TaskFields, type TaskPatch, taskIssues } from '../../../shared/domain/catalog/loyaltyTask';
import { DomainError } from '../dispatch/domainError';
import { uuidv7 } from '../events/uuidv7';
import { findCueUsing } from '../shows/cueRefs';
import type { CatalogDeps } from './products.service';
import { changedFields } from './sameValue';
import { createTasksDao } from './tasks.dao';

/** Loyalty tasks: follower, fan-club, like, share, comment-password and giveaway goals. */
export function createTasksService({ db, events, clock }: CatalogDeps) {
  const dao = createTasksDao(db);

  function mustGet(id: string): LoyaltyTask {
    const found = dao.get(id);
    if (!found) throw DomainError.notFound('Task', id, ['id']);
    return found;
  }

  function create(input: TaskCreate): LoyaltyTask {
    const parsed = TaskCreate.safeParse(input);
    if (!parsed.success) throw DomainError.fromZod(parsed.error);
    return db.transaction(() => {
      const now = clock.now();
      const task: LoyaltyTask = { ...parsed.data, id: uuidv7(now), createdAt: now, updatedAt: now };
      dao.insert(task);
      events.append({ type: 'task.created', payload: { task } });
      return task;
    })();
  }

  function update(id: string, patch: TaskPatch): LoyaltyTask {
    return db.transaction(() => {
      const current = mustGet(id);
      const changes = changedFields<TaskFields>(current, patch);
      if (Object.keys(changes).length === 0) return current;
      const next: LoyaltyTask = { ...current, ...changes, updatedAt: clock.now() };
      const problems = taskIssues(next);
      if (problems.length > 0) throw DomainError.invalid(problems);
      dao.update(next);
      events.append({ type: 'task.updated', payload: { id, changes } });
      return next;
    })();
  }

  function remove(id: string): { id: string; deleted: true } {
    db.transaction(() => {
      const task = mustGet(id);
      const user = findCueUsing(db, 'taskId', id);
      if (user)
        throw new DomainError('CONFLICT', `"${task.title}" is used by cue "${user.cueTitle}" in show "${user.showName}"`, { path: ['id'] });
      dao.remove(id);
      events.append({ type: 'task.deleted', payload: { id } });
    })();
    return { id, deleted: true };
  }

  function list(q: { limit: number; offset: number }): Page<LoyaltyTask> {
    return { ...dao.list(q.limit, q.offset), limit: q.limit, offset: q.offset };
  }

  return { get: mustGet, create, update, remove, list };
}
