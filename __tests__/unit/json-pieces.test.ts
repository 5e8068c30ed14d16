import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { prettyJsonPieces } from '../../src/report/json-pieces.js';

const same = (value: unknown) =>
  expect(prettyJsonPieces(value).join('')).toBe(JSON.stringify(value, null, 2));

/** A report-shaped value: big arrays of findings at several depths, among small values of every kind. */
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant(undefined),
  fc.constant(() => 1),
);
const element = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 6 }), leaf, { maxKeys: 4 }),
  leaf,
  fc.array(leaf, { maxLength: 3 }),
);
const big = fc.array(element, { minLength: 100, maxLength: 400 });
const member = fc.oneof(
  leaf,
  big,
  fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(leaf, big), { maxKeys: 3 }),
);
const shaped = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 8 }), member, { maxKeys: 6 }),
  fc.array(fc.dictionary(fc.string({ maxLength: 4 }), member, { maxKeys: 3 }), { maxLength: 3 }),
  big,
);

describe('prettyJsonPieces', () => {
  it('joins to exactly JSON.stringify(value, null, 2)', () => {
    fc.assert(fc.property(shaped, same), { numRuns: 300 });
  });

  it('cuts a report with big arrays into many pieces, the same text', () => {
    const finding = (i: number) => ({
      rule: 'r',
      message: `m "${i}"\n\u2028 ##[x`,
      line: i,
      extra: undefined,
    });
    const report = {
      schemaVersion: 1,
      findings: Array.from({ length: 1000 }, (_, i) => finding(i)),
      gates: [{ gate: 'migrations', summary: 's' }],
      skipped: undefined,
      migrations: { files: Array.from({ length: 300 }, (_, i) => `f${i}.sql`), layouts: [] },
      runs: [{ results: Array.from({ length: 200 }, (_, i) => finding(i)), tool: { name: 't' } }],
      empty: {},
      __proto__: 'k',
    };
    const pieces = prettyJsonPieces(report);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(JSON.stringify(report, null, 2));
  });

  it('leaves what it cannot cut to one JSON.stringify: toJSON in a big array, small values, a Date', () => {
    const dated = {
      at: new Date(0),
      list: Array.from({ length: 300 }, (_, i) => (i === 7 ? new Date(i) : i)),
    };
    expect(prettyJsonPieces(dated)).toHaveLength(1);
    same(dated);
    same({ a: 1, b: [1, 2], c: 'x' });
    same([]);
    same({});
    same('text');
    const keyed = { toJSON: (key: string) => ({ key }), other: Array.from({ length: 300 }, () => 1) };
    same({ inner: keyed, big: Array.from({ length: 300 }, (_, i) => ({ i })) });
  });
});
