import { describe, expect, it } from 'vitest';
import { jsonListParts } from './jsonListParts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** What the parts give back as one value, or 'invalid' when an item is not JSON. */
function rebuilt(text: string, key = 'products'): unknown {
  const parts = jsonListParts(utf8(text), key);
  if (!parts) return 'fallback';
  try {
    return parts.items ? { ...parts.rest, [key]: parts.items.map((_, i) => parts.item(i)) } : parts.rest;
  } catch {
    return 'invalid';
  }
}

function wholeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return 'invalid';
  }
}

/** The parts agree with JSON.parse, or decline (the caller then parses the whole text); says which. */
function expectAgrees(text: string): 'read' | 'declined' {
  const parts = rebuilt(text);
  if (parts === 'fallback') return 'declined';
  expect(parts, text).toEqual(wholeParse(text));
  return 'read';
}

describe('reading a JSON list item by item', () => {
  it('gives what JSON.parse gives for the shapes packages hold, whatever the spacing', () => {
    const docs = [
      '{"products":[]}',
      '{"products":[{"sku":"A","title":"面霜"},{"sku":"B","tags":["x","y"]}]}',
      ' \n{ "products" : [ { "sku" : "A" } ,\t{ "sku":"B" } ] , "formatVersion" : 1 }\r\n',
      '{"formatVersion":1,"products":[1,-0.5e3,true,false,null,"s",[],{}]}',
      '{"products":[{"title":"含 ] 和 , 和 } 的标题","note":"引号 \\" 与反斜杠 \\\\"}]}',
      '{"products":[{"t":"\\u4e2d\\u6587 \\ud83d\\ude00"},{"nested":[[{"a":[1,{"b":"]"}]}]]}]}',
      '{"products":[{"sku":"A"}],"products":[{"sku":"B"}]}',
      '{"products":5,"products":[{"sku":"C"}]}',
      '{"products":[{"sku":"C"}],"products":"gone"}',
      '{"__proto__":{"polluted":true},"products":[{"__proto__":1}]}',
      '{}',
      '{"other":[1,2]}',
    ];
    // Every one of them is read by parts, not handed back.
    for (const text of docs) expect(expectAgrees(text), text).toBe('read');
    // The prototype stays untouched, as with JSON.parse.
    const parts = jsonListParts(utf8('{"__proto__":{"polluted":true},"products":[]}'), 'products');
    expect(Object.getPrototypeOf(parts?.rest)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never accepts what JSON.parse refuses', () => {
    const bad = [
      '{"products":[1,]}',
      '{"products":[1 2]}',
      '{"products":[{"a":1}{"b":2}]}',
      '{"products":[tru]}',
      '{"products":[{"a":}]}',
      '{"products":["unterminated]}',
      '{"products":[1]',
      '{"products":[1]} x',
      '{"products" [1]}',
      '{products:[1]}',
      '{"products":[1],}',
      "{'products':[1]}",
      '',
      '{"products":[01]}',
      '{"products":["tab\there"]}',
      '{"version":\ufeff1,"products":[1]}',
      '{"products":[\ufeff"x"]}',
    ];
    for (const text of bad) {
      expect(wholeParse(text), text).toBe('invalid');
      expect(['fallback', 'invalid'], text).toContain(rebuilt(text));
    }
  });

  it('declines bytes that are not UTF-8, so the caller refuses them as before', () => {
    const bytes = new Uint8Array([...utf8('{"products":["'), 0xff, 0xfe, ...utf8('"]}')]);
    expect(jsonListParts(bytes, 'products')).toBeNull();
  });

  it('agrees with JSON.parse on thousands of random documents', () => {
    let seed = 20261207;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const space = () => pick(['', ' ', '\n', '\t ', '\r\n  ']);
    const scalar = () => pick(['0', '-1.5', '2e3', 'true', 'false', 'null', '"a"', '"中文"', '"]},[{"', '"\\"\\\\"', '"\\u0041"']);
    const value = (depth: number): string => {
      const r = random();
      if (depth > 3 || r < 0.4) return scalar();
      const n = Math.floor(random() * 4);
      if (r < 0.7) return `[${space()}${Array.from({ length: n }, () => value(depth + 1)).join(`${space()},${space()}`)}${space()}]`;
      return `{${space()}${Array.from({ length: n }, (_, i) => `"k${i}"${space()}:${space()}${value(depth + 1)}`).join(`${space()},${space()}`)}${space()}}`;
    };
    // A slip the scanner must not paper over: drop, double or swap one structural character.
    const damage = (text: string): string => {
      const at = Math.floor(random() * text.length);
      const r = random();
      if (r < 0.33) return text.slice(0, at) + text.slice(at + 1);
      if (r < 0.66) return text.slice(0, at) + (text[at] ?? '') + text.slice(at);
      return text.slice(0, at) + pick([',', ']', '}', '"', ':', ' ']) + text.slice(at + 1);
    };
    const modes = { read: 0, declined: 0 };
    for (let n = 0; n < 3000; n++) {
      const items = Array.from({ length: Math.floor(random() * 6) }, () => value(0));
      const members = [`"products"${space()}:${space()}[${space()}${items.join(`${space()},${space()}`)}${space()}]`];
      if (random() < 0.5) members.push(`"formatVersion"${space()}:${space()}${value(1)}`);
      if (random() < 0.3) members.reverse();
      const text = `${space()}{${space()}${members.join(`${space()},${space()}`)}${space()}}${space()}`;
      modes[expectAgrees(random() < 0.5 ? damage(text) : text)]++;
    }
    // Undamaged documents are all read by parts: most of the runs test the scanner, not the fallback.
    expect(modes.read).toBeGreaterThan(1500);
  });
});
