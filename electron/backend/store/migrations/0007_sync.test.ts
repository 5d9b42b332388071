import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 0007 sync', () => {
  it('adds one sync_state row at most, origins keyed by kind and key, and an inbox that checks its status', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 6));
    db.prepare("INSERT INTO shows (id, name, created_at, updated_at) VALUES ('s1', '早场', 0, 0)").run();
    migrate(db, migrations.slice(0, 7));
    expect(db.prepare("SELECT name FROM shows WHERE id = 's1'").get()).toEqual({ name: '早场' });

    const state = db.prepare(
      "INSERT INTO sync_state (id, hub_url, device_id, device_name, store) VALUES (?, 'http://127.0.0.1', 'd', 'PC', '{}')",
    );
    state.run(1);
    expect(() => state.run(2)).toThrow(/CHECK/);
    expect(db.prepare('SELECT epoch, epoch_start, publication_cursor FROM sync_state').get()).toEqual({
      epoch: 1,
      epoch_start: 1,
      publication_cursor: 0,
    });

    const origin = db.prepare(
      "INSERT INTO hub_origin (kind, key, local_id, publication_id, version, published_at, published_by) VALUES (?, ?, ?, 1, 1, 0, 'hq')",
    );
    origin.run('show', 'k1', 's1');
    expect(() => origin.run('show', 'k1', 's2')).toThrow(/UNIQUE/);
    expect(() => origin.run('show', 'k2', 's1')).toThrow(/UNIQUE/);
    expect(() => origin.run('banner', 'k3', 's3')).toThrow(/CHECK/);

    const inbox = db.prepare(
      "INSERT INTO publication_inbox (publication_id, kind, key, version, title, published_at, published_by, status, content, updated_at) VALUES (?, 'show', 'k1', 1, 't', 0, 'hq', ?, '{}', 0)",
    );
    inbox.run(1, 'received');
    expect(() => inbox.run(2, 'lost')).toThrow(/CHECK/);
    expect(db.prepare('SELECT reported FROM publication_inbox').get()).toEqual({ reported: 0 });

    const producer = db.prepare("INSERT INTO hub_producer (id, hub_url, account, expires_at) VALUES (?, 'http://127.0.0.1', ?, 0)");
    producer.run(1, '{"username":"hq"}');
    expect(() => producer.run(2, '{}')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE hub_producer SET account = 'not json'").run()).toThrow(/CHECK/);
  });
});
