import { describe, expect, it } from '@jest/globals';
import { lintSql, rulesHit } from '../support/lint-sql.js';

const RULE = 'adding-primary-key';

describe(RULE, () => {
  it.each([
    ['ADD PRIMARY KEY', 'ALTER TABLE events ADD PRIMARY KEY (id);'],
    ['a named Prisma-style primary key', 'ALTER TABLE "Event" ADD CONSTRAINT "Event_pkey" PRIMARY KEY ("id");'],
    ['a composite key with ONLY', 'ALTER TABLE ONLY public.memberships ADD CONSTRAINT memberships_pkey PRIMARY KEY (team_id, user_id);'],
    ['an inline PRIMARY KEY in ADD COLUMN', 'ALTER TABLE events ADD COLUMN id bigserial PRIMARY KEY;'],
  ])('flags %s', async (_name, sql) => {
    expect(await rulesHit(sql)).toContain(RULE);
  });

  it.each([
    ['USING INDEX', 'ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_idx;'],
    ['a table created earlier in the change', 'CREATE TABLE t (id int NOT NULL);\nALTER TABLE t ADD PRIMARY KEY (id);'],
    ['a Prisma CREATE TABLE with its key', 'CREATE TABLE "Event" ("id" TEXT NOT NULL, CONSTRAINT "Event_pkey" PRIMARY KEY ("id"));'],
    ['a unique constraint (another rule)', 'ALTER TABLE events ADD CONSTRAINT events_slug_key UNIQUE (slug);'],
  ])('does not flag %s', async (_name, sql) => {
    const hit = await rulesHit(sql);
    expect(hit).not.toContain('syntax-error');
    expect(hit).not.toContain(RULE);
  });

  it('points at the statement', async () => {
    const finding = (await lintSql('-- key\nALTER TABLE events ADD PRIMARY KEY (id);')).find((f) => f.rule === RULE);
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 1, class: 'expand' });
    expect(finding!.message).toContain('"events"');
    expect(finding!.help).toContain('USING INDEX');
  });
});
