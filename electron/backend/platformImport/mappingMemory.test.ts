import { describe, expect, it } from 'vitest';
import { catalogTestContext } from '../../../test/support/backend/catalogTestContext';
import { createMappingMemory } from './mappingMemory';

const column = (index: number, header: string, field: 'likes' | 'entries' | null, match: 'manual' | 'exact') => ({
  index,
  header,
  field,
  confidence: 1,
  match,
});

describe('mapping memory', () => {
  it('remembers hand-made corrections by header text, per platform and kind, and yields to what the user sets now', () => {
    const { db } = catalogTestContext();
    const memory = createMappingMemory(db);
    memory.remember('douyin', 'trend', [
      column(0, '时间', null, 'exact'),
      column(1, ' 进场 ', 'entries', 'manual'),
      column(2, '备注', null, 'manual'),
    ]);
    // Columns move between exports; the header words decide.
    expect(memory.mappingFor('douyin', 'trend', ['备注', '时间', '进场'], {})).toEqual({ '0': null, '2': 'entries' });
    expect(memory.mappingFor('douyin', 'products', ['进场'], {})).toEqual({});
    expect(memory.mappingFor('taobao', 'trend', ['进场'], {})).toEqual({});
    // The user's own choice for a column, or for the field, wins over the memory.
    expect(memory.mappingFor('douyin', 'trend', ['进场', '备注'], { '0': 'likes' })).toEqual({ '1': null });
    expect(memory.mappingFor('douyin', 'trend', ['进场', 'X'], { '1': 'entries' })).toEqual({});
  });

  it('ignores a damaged or unknown remembered field instead of failing the import', () => {
    const { db } = catalogTestContext();
    db.prepare("INSERT INTO settings (key, value) VALUES ('platformImport.mapping.kuaishou.trend', ?)").run(
      JSON.stringify({ 进场: 'sparkles', 点赞: 'likes' }),
    );
    expect(createMappingMemory(db).mappingFor('kuaishou', 'trend', ['进场', '点赞'], {})).toEqual({ '1': 'likes' });
  });

  it('reads a remembered entry that is not JSON at all as nothing remembered, and the preview goes on', () => {
    const { db } = catalogTestContext();
    db.prepare("INSERT INTO settings (key, value) VALUES ('platformImport.mapping.kuaishou.trend', ?)").run('{"进场": "entri');
    expect(createMappingMemory(db).mappingFor('kuaishou', 'trend', ['进场'], {})).toEqual({});
  });
});
