import type { Migration } from './migration';

/**
 * Producer sign-in attempts within the rate-limit window, per client address and per account name, in the
 * database so the limit holds across hub processes. A row is written before the password is checked (so
 * parallel guesses count too) and removed when the password was right; rows older than the window are
 * deleted as new attempts arrive.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'login_failures',
  statements: [
    `CREATE TABLE login_failures (
      id bigserial PRIMARY KEY,
      client_ip text NOT NULL,
      username text NOT NULL,
      at bigint NOT NULL
    )`,
    'CREATE INDEX login_failures_ip ON login_failures (client_ip, at)',
    'CREATE INDEX login_failures_username ON login_failures (username, at)',
    'CREATE INDEX login_failures_at ON login_failures (at)',
  ],
};
