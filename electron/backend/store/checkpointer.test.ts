import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCheckpointer } from './checkpointer';
import { openDatabase } from './database';

describe('checkpointer', () => {
  it('copies the log into the database file from its worker while the main connection stays usable', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'livecue-ckpt-')), 'c.db');
    const db = openDatabase({ file });
    db.pragma('wal_autocheckpoint = 0');
    const before = statSync(file).size;
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, \'"x"\')');
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`k${i}`);
    })();
    expect(statSync(file).size).toBe(before); // everything is still in the log
    const checkpointer = createCheckpointer({ file });
    const result = await checkpointer.checkpoint();
    expect(result.log).toBeGreaterThan(0);
    expect(result.checkpointed).toBe(result.log);
    expect(statSync(file).size).toBeGreaterThan(before);
    insert.run('after'); // the main connection writes on as usual
    await checkpointer.close();
    await expect(checkpointer.checkpoint()).rejects.toThrow('closed');
    db.close();
  });
});
