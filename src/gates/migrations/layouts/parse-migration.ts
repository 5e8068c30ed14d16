import type { Direction, MigrationFile, ParsedFile } from '../../../sql/model.js';
import { parseMigrationSource } from '../../../sql/parse.js';
import type { MigrationSource } from '../../../sql/parse.js';
import { layoutById } from '../layouts.js';

/**
 * The SQL the parser sees of a migration, as its layout lays the file out (Layout.parserSource: dbmate
 * keeps up and down as sections of one file), without a BOM. The parser itself (sql/parse.ts) knows no
 * layout: every parse of a migration file goes through here.
 */
export function migrationSource(
  file: MigrationFile,
  rawText: string,
  section: Direction = file.direction,
): MigrationSource {
  const text = rawText.replace(/^\uFEFF/, '');
  const parsed = layoutById(file.layout).parserSource?.(text, section);
  return { text, ...(parsed ?? { source: text, transactionDisabled: false }) };
}

/** Parse a migration file (sql/parse.ts) as its layout lays it out; `section` is the direction to read. */
export function parseMigration(
  file: MigrationFile,
  rawText: string,
  section: Direction = file.direction,
  options: { cache?: boolean } = {},
): ParsedFile {
  return parseMigrationSource(file, migrationSource(file, rawText, section), options);
}
