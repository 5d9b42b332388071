/** One schema step. Statements run in order, in one transaction; `version` is the file's number. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}
