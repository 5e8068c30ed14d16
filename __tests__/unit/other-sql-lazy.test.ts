import { describe, expect, it, jest } from '@jest/globals';

// picomatch, counted: the module's matchers must be compiled when a change's files are asked, not when
// it loads (every `lint FILE` loads it and never asks).
const real = (await import('picomatch')).default;
const compiled: unknown[] = [];
const counting = Object.assign((...args: Parameters<typeof real>) => {
  compiled.push(args[0]);
  return real(...args);
}, real);
jest.unstable_mockModule('picomatch', () => ({ default: counting }));

describe('other-sql: matchers compiled on first use', () => {
  it('compiles nothing at load, then each matcher once', async () => {
    const { uncheckedChanges } = await import('../../src/gates/migrations/other-sql.js');
    expect(compiled).toEqual([]);
    expect(uncheckedChanges(['db/x.sql', 'db/seeds/y.sql', 'db/migrations/1.ts'], [], [])).toEqual([
      { path: 'db/migrations/1.ts', kind: 'code' },
      { path: 'db/x.sql', kind: 'sql' },
    ]);
    const once = compiled.length;
    expect(once).toBe(2);
    uncheckedChanges(['a.sql', 'b/migrations/2.py'], [], []);
    expect(compiled.length).toBe(once);
  });
});
