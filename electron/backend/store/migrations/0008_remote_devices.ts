import type { Migration } from '../migration';

/**
 * Phones and tablets paired as remotes. A device's token is kept only as its SHA-256 (32 bytes), so a copied
 * database opens nothing; a pending device waits for the PC to confirm it, and a declined or revoked one is
 * deleted. `remote_switch` remembers the desktop app's remote switch across restarts (one row at most).
 */
export const m0008RemoteDevices: Migration = {
  version: 8,
  name: 'remote_devices',
  up(db) {
    db.exec(`
      CREATE TABLE remote_devices (
        id           TEXT PRIMARY KEY,
        name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        role         TEXT NOT NULL CHECK (role IN ('control', 'view')),
        status       TEXT NOT NULL CHECK (status IN ('pending', 'active')),
        token_hash   BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
        created_at   INTEGER NOT NULL,
        confirmed_at INTEGER,
        last_seen_at INTEGER,
        address      TEXT,
        CHECK ((status = 'active') = (confirmed_at IS NOT NULL))
      ) STRICT;

      CREATE TABLE remote_switch (
        id      INTEGER PRIMARY KEY CHECK (id = 1),
        enabled INTEGER NOT NULL CHECK (enabled IN (0, 1))
      ) STRICT;
    `);
  },
};
