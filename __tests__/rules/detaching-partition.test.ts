import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'detaching-partition';

describe(RULE, () => {
  it('blocks a plain detach for its ACCESS EXCLUSIVE lock on the parent, and warns that rows leave the parent', async () => {
    const hits = (await lintSql('SET lock_timeout = 1000;\nALTER TABLE events DETACH PARTITION events_2024;')).filter((f) => f.rule === RULE);
    expect(hits.map((f) => f.severity)).toEqual(['warning', 'error']);
    expect(hits.every((f) => f.class !== 'contract')).toBe(true);
    expect(hits[0]!.message).toContain('stop seeing the rows of "events_2024"');
    expect(hits[1]!.message).toContain('ACCESS EXCLUSIVE lock on "events"');
    expect(hits[1]!.help).toContain('CONCURRENTLY');
  });

  it('only warns about the rows when detached CONCURRENTLY', async () => {
    const hits = (await lintSql('ALTER TABLE events DETACH PARTITION events_2024 CONCURRENTLY;')).filter((f) => f.rule === RULE);
    expect(hits.map((f) => f.severity)).toEqual(['warning']);
  });

  it.each([
    [
      'a partitioned table created earlier in the file',
      'CREATE TABLE ev (at date) PARTITION BY RANGE (at);\nCREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM (\'2024-01-01\') TO (\'2025-01-01\');\nALTER TABLE ev DETACH PARTITION ev_1;',
    ],
    ['attaching a partition', "ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"],
  ])('does not flag %s', async (_name, sql) => {
    const hits = await rulesHit(sql);
    expect(hits).not.toContain('syntax-error');
    expect(hits).not.toContain(RULE);
  });
});
