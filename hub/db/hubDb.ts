/** What the hub needs from a database: parameterised queries and transactions, in one SQL dialect (PostgreSQL). */
export interface HubQueryable {
  query<T extends object>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface HubDb extends HubQueryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<R>(fn: (tx: HubQueryable) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

export type HubDatabaseConfig = { kind: 'pglite'; dataDir: string | null /* null = in-memory */ } | { kind: 'postgres'; url: string };
