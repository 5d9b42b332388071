import type { ImportSourceInfo } from '../../../shared/domain/import/importPreview';
import type { RawRow } from './cell';
import type { Yielder } from './yielder';

/** Everything a reader produced: the table as the user sees it in Excel, and what was detected. */
export interface TableRead {
  source: ImportSourceInfo;
  rows: RawRow[];
}

export interface ReadOptions {
  fileName: string;
  yielder: Yielder;
  /** Called now and then while reading; `fraction` is bytes (or characters) read ÷ total. */
  onProgress?: (rowsRead: number, fraction: number) => void;
}
