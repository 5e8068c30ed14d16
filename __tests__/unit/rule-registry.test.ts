import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { META_RULE_IDS, RULES } from '../../src/gates/migrations/rules/index.js';
import { ROOT } from '../support/cli.js';

describe('the rule registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = [...RULES.map((r) => r.id), ...META_RULE_IDS];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it.each([...RULES.map((r) => r.id), ...META_RULE_IDS])('%s has a docs page with its id as title', (id) => {
    const page = join(ROOT, 'docs', 'rules', `${id}.md`);
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, 'utf8').split('\n')[0]).toBe(`# ${id}`);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has its own file and test table', (id, rule) => {
    expect(existsSync(join(ROOT, 'src', 'gates', 'migrations', 'rules', `${id}.ts`))).toBe(true);
    expect(existsSync(join(ROOT, '__tests__', 'rules', `${id}.test.ts`))).toBe(true);
    expect(rule.summary.length).toBeGreaterThan(20);
  });
});
