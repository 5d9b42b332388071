import type { Migration } from './migration';

/**
 * Where each account last signed in successfully, per client address (IPv6 by its /64). A known address is not
 * held back by the account-wide sign-in limit, so guessers on other networks cannot lock a producer out of their
 * own; rows older than the time an address stays known are deleted as sign-ins arrive.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'login_known_addresses',
  statements: [
    `CREATE TABLE login_known_addresses (
      username text NOT NULL REFERENCES accounts (username) ON DELETE CASCADE,
      client_ip text NOT NULL,
      last_at bigint NOT NULL,
      PRIMARY KEY (username, client_ip)
    )`,
    'CREATE INDEX login_known_addresses_last_at ON login_known_addresses (last_at)',
  ],
};
