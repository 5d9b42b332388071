import type { Migration } from './migration';

/** Head-office accounts and their sign-in sessions (token hashes only). */
export const migration0003: Migration = {
  version: 3,
  name: 'producers',
  statements: [
    `CREATE TABLE accounts (
      username text PRIMARY KEY,
      display_name text NOT NULL,
      password_hash text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin', 'producer', 'viewer')),
      regions text[] NOT NULL DEFAULT '{}',
      created_at bigint NOT NULL
    )`,
    `CREATE TABLE producer_sessions (
      token_hash text PRIMARY KEY,
      username text NOT NULL REFERENCES accounts (username),
      created_at bigint NOT NULL,
      expires_at bigint NOT NULL
    )`,
  ],
};
