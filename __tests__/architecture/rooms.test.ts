import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { layerProblem, roomOf } from '../../scripts/rooms.mjs';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}
const files = sourceFiles(SRC).map((f) => relative(SRC, f).split('\\').join('/'));

describe('the layers of ARCHITECTURE.md (the table behind the rooms/layers lint rule)', () => {
  it('puts every source file in a room', () => {
    expect(files.filter((f) => roomOf(f) === undefined)).toEqual([]);
    expect(files.length).toBeGreaterThan(200);
  });

  it('lets a room import downwards and within itself only', () => {
    expect(layerProblem('gates/notes/gate.ts', 'core/finding.ts')).toBeUndefined();
    expect(layerProblem('gates/migrations/engine.ts', 'gates/migrations/rule.ts')).toBeUndefined();
    expect(layerProblem('core/gate.ts', 'config/settings.ts')).toMatch(/core may not import config/);
    expect(layerProblem('core/gate.ts', 'git/git.ts')).toMatch(/core may not import git/);
    expect(layerProblem('config/schema.ts', 'gates/notes/gate.ts')).toMatch(
      /config may not import gates\/notes/,
    );
  });

  it('refuses a sideways import between rooms of one layer', () => {
    expect(layerProblem('gates/notes/check-note.ts', 'gates/backup/findings.ts')).toMatch(/same layer/);
    expect(layerProblem('git/git.ts', 'db/connect.ts')).toMatch(/same layer/);
  });

  it('keeps schema-source readers a leaf and the rooms config schemas in the config layer', () => {
    expect(layerProblem('schema-sources/sources.ts', 'gates/migrations/engine.ts')).toMatch(/may not/);
    expect(layerProblem('schema-sources/sources.ts', 'schema-model/model.ts')).toMatch(/may not/);
    expect(layerProblem('config/schema.ts', 'gates/migrations/config.ts')).toBeUndefined();
    expect(layerProblem('gates/migrations/config.ts', 'gates/migrations/engine.ts')).toMatch(/may not/);
    expect(roomOf('gates/migrations/fallback/compare.ts')).toBe('gates/migrations/fallback');
    expect(roomOf('sql/parse.ts')).toBe('sql');
  });

  it('follows the table in every relative import of src/ today', () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(SRC, file), 'utf8');
      for (const m of text.matchAll(/(?:from\s+|import\(\s*)'(\.{1,2}\/[^']+)'/g)) {
        const target = join('/', file, '..', m[1]!).slice(1).replace(/\.js$/, '.ts');
        const problem = layerProblem(file, target);
        if (problem) problems.push(`src/${file} → src/${target}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('one docs-URL helper', () => {
  it('builds docs/rules/<id>.md addresses only in core/tool.ts', () => {
    const builders = files.filter(
      (f) => f !== 'core/tool.ts' && /\/rules\/\$\{|DOCS_BASE/.test(readFileSync(join(SRC, f), 'utf8')),
    );
    expect(builders).toEqual([]);
  });
});
