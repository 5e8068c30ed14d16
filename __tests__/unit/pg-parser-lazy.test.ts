import { describe, expect, it } from '@jest/globals';
import type { MigrationFile } from '../../src/sql/model.js';
import { parseMigration } from '../../src/gates/migrations/layouts/parse-migration.js';
import {
  loadParser,
  ParserNotLoadedError,
  parserLoaded,
  parseSql,
  scanSql,
} from '../../src/sql/pg-parser.js';

// This file never loads the parser before its last test: jest gives each test file its own modules.
const file: MigrationFile = { path: 'a.sql', layout: 'supabase', direction: 'up', version: '1' };

describe('the parser is loaded on first use, and never read as SQL before that', () => {
  it('is not loaded by importing it (its WASM costs hundreds of ms a cached run does not need)', () => {
    expect(parserLoaded()).toBe(false);
  });

  it('throws ParserNotLoadedError instead of reporting a syntax error', () => {
    expect(() => parseSql('select 1')).toThrow(ParserNotLoadedError);
    expect(() => scanSql('select 1')).toThrow(ParserNotLoadedError);
    // A missing parser is a bug in the caller: it must not become a syntax-error finding on the file.
    expect(() => parseMigration(file, 'select 1;', 'up', { cache: false })).toThrow(ParserNotLoadedError);
  });

  it('parses once loaded', async () => {
    await loadParser();
    expect(parserLoaded()).toBe(true);
    expect(parseMigration(file, 'select 1;', 'up', { cache: false }).statements).toHaveLength(1);
  });
});
