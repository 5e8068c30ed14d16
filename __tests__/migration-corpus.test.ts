/**
 * Quality gate on a labelled corpus of real-world-shaped migrations (__tests__/fixtures/migrations/).
 *
 * Every file is one scenario, labelled `breaking` (breaks the previous release or locks a busy table)
 * or `safe`, and assigned to the `tuning` split (visible while writing rules) or the `holdout` split
 * (kept for measuring rules on cases they were not tuned on). The gate must catch at least 96% of the
 * breaking files and block at most 5% of the safe ones, in each split and overall.
 *
 * Paths in the manifest are layout-shaped (`prisma/migrations/<ts>_<name>/migration.sql`, …): they are
 * linted under that path, with the layout and direction discovery assigns, one file per change (the
 * engine shares schema state across the files of one change, and the corpus files are independent).
 */
import { describe, it, expect, beforeAll } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/defaults.js';
import type { Finding } from '../src/core/finding.js';
import { MIGRATION_LAYOUTS } from '../src/gates/migrations/config.js';
import type { MigrationLayoutId } from '../src/gates/migrations/config.js';
import { discoverMigrations } from '../src/gates/migrations/discover.js';
import type { Direction } from '../src/sql/model.js';
import { lintFiles } from './support/lint-sql.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'migrations');
const MANIFEST = join(FIXTURES, 'corpus.json');

const MIN_RECALL = 0.96;
const MAX_SAFE_BLOCK_RATE = 0.05;

type Label = 'breaking' | 'safe';
type Split = 'tuning' | 'holdout';

interface CorpusEntry {
  file: string;
  layout: MigrationLayoutId;
  label: Label;
  why: string;
  split: Split;
}

interface Verdict {
  entry: CorpusEntry;
  blocked: boolean;
  /** Rule ids of blocking findings. */
  blocking: string[];
  /** Rule ids of non-blocking findings (warnings, notices). */
  other: string[];
  crashed?: string;
}

interface Score {
  breaking: number;
  caught: number;
  safe: number;
  falseBlocks: number;
  recall: number;
  blockRate: number;
}

const manifest: CorpusEntry[] = JSON.parse(readFileSync(MANIFEST, 'utf8')) as CorpusEntry[];

/** Every .sql file under the fixture folder, as forward-slash paths relative to it. */
function sqlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.sql') && statSync(join(dir, p)).isFile())
    .map((p) => p.split(sep).join('/'))
    .sort();
}

function score(verdicts: readonly Verdict[]): Score {
  const breaking = verdicts.filter((v) => v.entry.label === 'breaking');
  const safe = verdicts.filter((v) => v.entry.label === 'safe');
  const caught = breaking.filter((v) => v.blocked).length;
  const falseBlocks = safe.filter((v) => v.blocked).length;
  return {
    breaking: breaking.length,
    caught,
    safe: safe.length,
    falseBlocks,
    recall: breaking.length ? caught / breaking.length : 1,
    blockRate: safe.length ? falseBlocks / safe.length : 0,
  };
}

function report(verdicts: readonly Verdict[], scores: Record<string, Score>): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `migration corpus: ${verdicts.length} files; target recall >= ${pct(MIN_RECALL)}, safe block rate <= ${pct(MAX_SAFE_BLOCK_RATE)}`,
    '',
    `${'split'.padEnd(9)}${'breaking caught'.padEnd(17)}${'recall'.padEnd(9)}${'safe blocked'.padEnd(14)}block rate`,
  ];
  for (const [name, s] of Object.entries(scores)) {
    const ok = s.recall >= MIN_RECALL && s.blockRate <= MAX_SAFE_BLOCK_RATE ? '' : '   <-- below target';
    lines.push(
      `${name.padEnd(9)}${`${s.caught}/${s.breaking}`.padEnd(17)}${pct(s.recall).padEnd(9)}${`${s.falseBlocks}/${s.safe}`.padEnd(14)}${pct(s.blockRate)}${ok}`,
    );
  }
  const row = (v: Verdict, rules: string) =>
    `  [${v.entry.split}] ${v.entry.layout.padEnd(15)}${v.entry.file}\n      why: ${v.entry.why}${rules ? `\n      ${rules}` : ''}`;
  const crashed = verdicts.filter((v) => v.crashed);
  const misses = verdicts.filter((v) => v.entry.label === 'breaking' && !v.blocked && !v.crashed);
  const falseBlocks = verdicts.filter((v) => v.entry.label === 'safe' && v.blocked && !v.crashed);
  if (crashed.length) {
    lines.push('', `CRASHED (${crashed.length}): the linter threw on these files`);
    for (const v of crashed) lines.push(row(v, `error: ${v.crashed}`));
  }
  lines.push('', `MISSES (${misses.length}): breaking files that would pass`);
  for (const v of misses)
    lines.push(row(v, v.other.length ? `non-blocking findings: ${v.other.join(', ')}` : 'no findings'));
  lines.push('', `FALSE BLOCKS (${falseBlocks.length}): safe files that would be blocked`);
  for (const v of falseBlocks) lines.push(row(v, `blocked by: ${v.blocking.join(', ')}`));
  return lines.join('\n');
}

describe('migration corpus: manifest', () => {
  it('lists every .sql file under the fixture folder, and every listed file exists', () => {
    const listed = manifest.map((e) => e.file);
    const missing = listed.filter((f) => !existsSync(join(FIXTURES, f)));
    const unlisted = sqlFilesUnder(FIXTURES).filter((f) => !listed.includes(f));
    const duplicates = listed.filter((f, i) => listed.indexOf(f) !== i);
    expect({ missing, unlisted, duplicates }).toEqual({ missing: [], unlisted: [], duplicates: [] });
  });

  it('has well-formed entries spread over every layout, label and split', () => {
    const malformed = manifest.filter(
      (e) =>
        !(MIGRATION_LAYOUTS as readonly string[]).includes(e.layout) ||
        (e.label !== 'breaking' && e.label !== 'safe') ||
        (e.split !== 'tuning' && e.split !== 'holdout') ||
        typeof e.why !== 'string' ||
        e.why.trim() === '',
    );
    expect(malformed).toEqual([]);
    expect(manifest.length).toBeGreaterThanOrEqual(120);
    for (const layout of MIGRATION_LAYOUTS) {
      for (const label of ['breaking', 'safe'] as const) {
        const cell = manifest.filter((e) => e.layout === layout && e.label === label);
        expect({
          layout,
          label,
          tuning: cell.some((e) => e.split === 'tuning'),
          holdout: cell.some((e) => e.split === 'holdout'),
        }).toEqual({
          layout,
          label,
          tuning: true,
          holdout: true,
        });
      }
    }
    for (const label of ['breaking', 'safe'] as const) {
      const all = manifest.filter((e) => e.label === label);
      const share = all.filter((e) => e.split === 'holdout').length / all.length;
      expect(share).toBeGreaterThanOrEqual(0.25);
      expect(share).toBeLessThanOrEqual(0.35);
    }
  });

  it('uses layout-shaped paths: auto-discovery assigns each file the layout the manifest names', async () => {
    const discovery = await discoverMigrations(
      manifest.map((e) => e.file),
      DEFAULT_CONFIG.migrations,
      async (path) => readFileSync(join(FIXTURES, path), 'utf8'),
    );
    const found = new Map(discovery.files.map((f) => [f.path, f.layout]));
    const wrong = manifest
      .filter((e) => found.get(e.file) !== e.layout)
      .map((e) => `${e.file}: ${found.get(e.file) ?? 'not a migration'} != ${e.layout}`);
    expect(wrong).toEqual([]);
  });
});

describe('migration corpus: verdicts', () => {
  const verdicts: Verdict[] = [];
  const scores: Record<string, Score> = {};

  beforeAll(async () => {
    const discovery = await discoverMigrations(
      manifest.map((e) => e.file),
      DEFAULT_CONFIG.migrations,
      async (path) => readFileSync(join(FIXTURES, path), 'utf8'),
    );
    const directions = new Map<string, Direction>(discovery.files.map((f) => [f.path, f.direction]));
    for (const entry of manifest) {
      const sql = readFileSync(join(FIXTURES, entry.file), 'utf8');
      try {
        // One change per file: the corpus files are independent scenarios, not one history.
        const [linted] = await lintFiles([
          { path: entry.file, layout: entry.layout, direction: directions.get(entry.file) ?? 'up', sql },
        ]);
        const findings: Finding[] = linted?.findings ?? [];
        const blocking = findings.filter((f) => f.severity === 'error').map((f) => f.rule);
        const other = findings.filter((f) => f.severity !== 'error').map((f) => `${f.rule} (${f.severity})`);
        verdicts.push({
          entry,
          blocked: blocking.length > 0,
          blocking: [...new Set(blocking)],
          other: [...new Set(other)],
        });
      } catch (error) {
        // Pessimistic: a crash neither catches a breaking file nor lets a safe one through.
        verdicts.push({
          entry,
          blocked: entry.label === 'safe',
          blocking: ['(crash)'],
          other: [],
          crashed: error instanceof Error ? error.message : String(error),
        });
      }
    }
    scores.tuning = score(verdicts.filter((v) => v.entry.split === 'tuning'));
    scores.holdout = score(verdicts.filter((v) => v.entry.split === 'holdout'));
    scores.overall = score(verdicts);
    console.log(report(verdicts, scores));
  });

  it('lints every corpus file without crashing', () => {
    expect(verdicts.filter((v) => v.crashed).map((v) => `${v.entry.file}: ${v.crashed}`)).toEqual([]);
  });

  it.each(['tuning', 'holdout', 'overall'])(
    `%s split: catches >= ${MIN_RECALL * 100}% of breaking migrations`,
    (split) => {
      const s = scores[split]!;
      expect(s.breaking).toBeGreaterThan(0);
      expect(s.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    },
  );

  it.each(['tuning', 'holdout', 'overall'])(
    `%s split: blocks <= ${MAX_SAFE_BLOCK_RATE * 100}% of safe migrations`,
    (split) => {
      const s = scores[split]!;
      expect(s.safe).toBeGreaterThan(0);
      expect(s.blockRate).toBeLessThanOrEqual(MAX_SAFE_BLOCK_RATE);
    },
  );
});
