import { describe, expect, it } from 'vitest';
import { clockMinuteFromSerial, createMinuteResolver, parseClockMinute } from './minuteTime';

const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).getTime();

describe('parseClockMinute', () => {
  it('reads the ways platforms write a minute, drops seconds, and refuses what is not one', () => {
    expect(parseClockMinute('2026-12-06 20:01')).toEqual({ date: { year: 2026, month: 12, day: 6 }, hour: 20, minute: 1 });
    expect(parseClockMinute('2026/12/6 8:05:59')).toEqual({ date: { year: 2026, month: 12, day: 6 }, hour: 8, minute: 5 });
    expect(parseClockMinute('２０：０１')).toEqual({ date: null, hour: 20, minute: 1 });
    expect(parseClockMinute('1899-12-30 20:01:00')).toEqual({ date: null, hour: 20, minute: 1 });
    for (const bad of ['25:00', '20:61', '2026-02-30 20:00', '2026-02-30', 'abc', '']) expect(parseClockMinute(bad)).toBeNull();
  });

  it('reads midnight as an XLSX cell gives it: the bare date, or Excel day 0 for a time alone', () => {
    expect(parseClockMinute('2026-12-07')).toEqual({ date: { year: 2026, month: 12, day: 7 }, hour: 0, minute: 0 });
    expect(parseClockMinute('1899-12-30')).toEqual({ date: null, hour: 0, minute: 0 });
  });

  it('reads Excel serial numbers, a fraction alone being a time of day', () => {
    expect(clockMinuteFromSerial(0.5)).toEqual({ date: null, hour: 12, minute: 0 });
    expect(clockMinuteFromSerial(46362 + 20 / 24 + 1 / 1440)).toEqual({ date: { year: 2026, month: 12, day: 6 }, hour: 20, minute: 1 });
  });
});

describe('createMinuteResolver', () => {
  it("puts times without a date on the session's start date and rolls over midnight", () => {
    const resolve = createMinuteResolver(local(2026, 12, 6, 23, 58));
    const times = ['23:58', '23:59', '00:00', '00:01'].map((t) => {
      const m = parseClockMinute(t);
      if (!m) throw new Error(t);
      return resolve(m);
    });
    expect(times).toEqual([local(2026, 12, 6, 23, 58), local(2026, 12, 6, 23, 59), local(2026, 12, 7, 0, 0), local(2026, 12, 7, 0, 1)]);
  });

  it('starts on the next day when the first time is long before the start (the export began after midnight)', () => {
    const resolve = createMinuteResolver(local(2026, 12, 6, 23, 50));
    expect(resolve({ date: null, hour: 0, minute: 10 })).toBe(local(2026, 12, 7, 0, 10));
    expect(createMinuteResolver(local(2026, 12, 6, 23, 50))({ date: null, hour: 23, minute: 40 })).toBe(local(2026, 12, 6, 23, 40));
  });

  it('keeps a file listed newest first on its day, and one out-of-order row shifts nothing after it', () => {
    const resolveAll = (start: number, texts: string[]) => {
      const resolve = createMinuteResolver(start);
      return texts.map((t) => {
        const m = parseClockMinute(t);
        if (!m) throw new Error(t);
        return resolve(m);
      });
    };
    expect(resolveAll(local(2026, 12, 6, 20, 0), ['20:03', '20:02', '20:01'])).toEqual([
      local(2026, 12, 6, 20, 3),
      local(2026, 12, 6, 20, 2),
      local(2026, 12, 6, 20, 1),
    ]);
    expect(resolveAll(local(2026, 12, 6, 20, 0), ['20:01', '20:03', '20:02', '20:04'])).toEqual([
      local(2026, 12, 6, 20, 1),
      local(2026, 12, 6, 20, 3),
      local(2026, 12, 6, 20, 2),
      local(2026, 12, 6, 20, 4),
    ]);
    // Newest first across midnight: back to the day before.
    expect(resolveAll(local(2026, 12, 6, 23, 58), ['00:01', '00:00', '23:59'])).toEqual([
      local(2026, 12, 7, 0, 1),
      local(2026, 12, 7, 0, 0),
      local(2026, 12, 6, 23, 59),
    ]);
  });

  it('keeps the day before when the room opened minutes before a session started just after midnight', () => {
    const resolve = createMinuteResolver(local(2026, 12, 7, 0, 5));
    expect(resolve({ date: null, hour: 23, minute: 58 })).toBe(local(2026, 12, 6, 23, 58));
    expect(resolve({ date: null, hour: 0, minute: 0 })).toBe(local(2026, 12, 7, 0, 0));
  });

  it('keeps a full date as written', () => {
    const resolve = createMinuteResolver(local(2026, 12, 6, 20, 0));
    expect(resolve({ date: { year: 2026, month: 12, day: 7 }, hour: 1, minute: 2 })).toBe(local(2026, 12, 7, 1, 2));
  });
});
