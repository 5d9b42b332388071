import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 0010 product import journal', () => {
  it('adds an empty journal that takes only known statuses and outcomes, one row per SKU', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 9));
    migrate(db, migrations.slice(0, 10));
    expect(db.prepare('SELECT count(*) AS n FROM product_import_job').get()).toEqual({ n: 0 });
    const job = db.prepare('INSERT INTO product_import_job (id, status, now, started_at) VALUES (?, ?, 1, 1)');
    job.run('j1', 'applying');
    expect(() => job.run('j2', 'done')).toThrow(/CHECK/);
    const stage = db.prepare("INSERT INTO product_import_stage (seq, id, sku, outcome) VALUES (?, 'p', ?, ?)");
    stage.run(0, 'A', null);
    stage.run(1, 'B', 'c');
    expect(() => stage.run(2, 'A', null)).toThrow(/UNIQUE/);
    expect(() => stage.run(3, 'C', 'deleted')).toThrow(/CHECK/);
  });
});
