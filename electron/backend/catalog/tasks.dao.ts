import type { LoyaltyTask, TaskType } from '../../../shared/domain/catalog/loyaltyTask';
import type { Db } from '../store/database';

interface TaskRow {
  id: string;
  type: TaskType;
  title: string;
  target: number;
  reward: string;
  duration_ms: number | null;
  keyword: string | null;
  entry: string;
  created_at: number;
  updated_at: number;
}

const COLUMNS = 'id, type, title, target, reward, duration_ms, keyword, entry, created_at, updated_at';

export function createTasksDao(db: Db) {
  const byId = db.prepare<[string], TaskRow>(`SELECT ${COLUMNS} FROM loyalty_tasks WHERE id = ?`);
  const insert = db.prepare(
    `INSERT INTO loyalty_tasks (${COLUMNS}) VALUES (@id, @type, @title, @target, @reward, @duration_ms, @keyword, @entry, @created_at, @updated_at)`,
  );
  const update = db.prepare(
    `UPDATE loyalty_tasks SET type = @type, title = @title, target = @target, reward = @reward, duration_ms = @duration_ms,
       keyword = @keyword, entry = @entry, updated_at = @updated_at WHERE id = @id`,
  );
  const remove = db.prepare<[string]>('DELETE FROM loyalty_tasks WHERE id = ?');
  const page = db.prepare<[number, number], TaskRow>(
    `SELECT ${COLUMNS} FROM loyalty_tasks ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM loyalty_tasks');

  const toRow = (t: LoyaltyTask): TaskRow => ({
    id: t.id,
    type: t.type,
    title: t.title,
    target: t.target,
    reward: t.reward,
    duration_ms: t.durationMs,
    keyword: t.keyword,
    entry: t.entry,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
  });

  return {
    get(id: string): LoyaltyTask | undefined {
      const row = byId.get(id);
      return row && fromRow(row);
    },
    insert(t: LoyaltyTask): void {
      insert.run(toRow(t));
    },
    update(t: LoyaltyTask): void {
      update.run(toRow(t));
    },
    remove(id: string): void {
      remove.run(id);
    },
    list(limit: number, offset: number): { items: LoyaltyTask[]; total: number } {
      return { items: page.all(limit, offset).map(fromRow), total: count.get()?.n ?? 0 };
    },
  };
}

function fromRow(row: TaskRow): LoyaltyTask {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    target: row.target,
    reward: row.reward,
    durationMs: row.duration_ms,
    keyword: row.keyword,
    entry: row.entry,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
