import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { lintParsedFiles } from '../../src/gates/migrations/engine.js';
import type { MigrationLayoutId } from '../../src/gates/migrations/config.js';
import { ensureParser } from '../../src/sql/parse.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';
import { META_RULE_IDS, RULES } from '../../src/gates/migrations/rules/index.js';
import { ROOT } from '../support/cli.js';

const CORPUS = join(ROOT, '__tests__', 'fixtures', 'migrations');

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

  it('skips a rule only on statement kinds it never looks at (Rule.kinds): the labelled corpus lints the same without', async () => {
    await ensureParser();
    const entries = JSON.parse(readFileSync(join(CORPUS, 'corpus.json'), 'utf8')) as {
      file: string;
      layout: MigrationLayoutId;
    }[];
    const parsed = entries.map((e, i) =>
      parseMigration(
        // Every file as an up migration, so every rule sees every statement.
        { path: e.file, layout: e.layout, direction: 'up', version: String(i) },
        readFileSync(join(CORPUS, e.file), 'utf8'),
      ),
    );
    const config = DEFAULT_CONFIG.migrations;
    const everyStatement = RULES.map(({ kinds: _kinds, ...rule }) => rule);
    const lint = (rules: typeof RULES) =>
      parsed.map((p) => lintParsedFiles([p], { config, rules }).flatMap((l) => l.findings));
    const withKinds = lint(RULES);
    expect(withKinds.flat().length).toBeGreaterThan(100);
    expect(lint(everyStatement)).toEqual(withKinds);
    expect(RULES.filter((r) => !r.kinds?.length).map((r) => r.id)).toEqual([]);
  });
});
