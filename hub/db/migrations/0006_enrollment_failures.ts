import type { Migration } from './migration';

/**
 * Enrollment attempts per client IP within the rate-limit window, in the database so the limit holds
 * across hub processes. A row is written before the attempt (so parallel guesses count too) and
 * removed when the code was right; rows older than the window are deleted as new ones arrive.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'enrollment_failures',
  statements: [
    `CREATE TABLE enrollment_failures (
      id bigserial PRIMARY KEY,
      client_ip text NOT NULL,
      at bigint NOT NULL
    )`,
    'CREATE INDEX enrollment_failures_ip ON enrollment_failures (client_ip, at)',
    'CREATE INDEX enrollment_failures_at ON enrollment_failures (at)',
  ],
};
