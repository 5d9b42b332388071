import { describe, expect, it } from 'vitest';
import { readPlatformRow } from './platformRows';

describe('platform row cells', () => {
  it('reads the platforms’ "no data" marks as no figure, full-width ones included, and still refuses a bad number', () => {
    const layout = {
      headers: ['点赞数', '评论数', '新增粉丝数'],
      fields: new Map([
        ['likes', 0],
        ['comments', 1],
        ['newFollowers', 2],
      ] as const),
    };
    const read = readPlatformRow({ line: 3, cells: ['－－', '—', 'abc'] }, layout);
    expect(read.figures).toMatchObject({ likes: null, comments: null });
    expect(read.issues.map((i) => i.code)).toEqual(['NUMBER_INVALID']);
  });
});
