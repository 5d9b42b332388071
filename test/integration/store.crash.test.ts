import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/store/database';

const CHILD = path.join(import.meta.dirname, 'fixtures', 'appendLoop.ts');
const ROUNDS = 12;

/** Runs the append loop, SIGKILLs it after `killAfterAcks` acknowledgements, returns what it acknowledged. */
function runAndKill(dataDir: string, killAfterAcks: number): Promise<Map<number, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked = new Map<number, string>();
    let buffer = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const m = /^ack (\d+) (\S+)$/.exec(line);
        if (m) acked.set(Number(m[1]), m[2] as string);
        nl = buffer.indexOf('\n');
      }
      if (!killed && acked.size >= killAfterAcks) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`append loop ended without being killed:\n${stderr}`));
    });
  });
}

describe('event log under SIGKILL', () => {
  it('keeps every acknowledged event, with gap-free seq and a sound file, across many kills', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-crash-'));
    const acknowledged = new Map<number, string>();
    for (let round = 0; round < ROUNDS; round++) {
      // Random points: anywhere from the first few appends to a few thousand in.
      const killAfter = 1 + Math.floor(Math.random() * 3000);
      for (const [seq, id] of await runAndKill(dataDir, killAfter)) acknowledged.set(seq, id);

      const db = openDatabase({ file: path.join(dataDir, 'livecue.db') });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('SELECT seq, event_id FROM events ORDER BY seq').all() as { seq: number; event_id: string }[];
      const stored = new Map(rows.map((r) => [r.seq, r.event_id]));
      for (const [seq, id] of acknowledged) expect(stored.get(seq), `acknowledged event ${seq} lost in round ${round}`).toBe(id);
      for (const [i, r] of rows.entries()) expect(r.seq).toBe(i + 1);
      const outbox = db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number };
      expect(outbox.n).toBe(rows.length);
      db.close();
    }
    expect(acknowledged.size).toBeGreaterThan(ROUNDS);
  }, 120_000);
});
