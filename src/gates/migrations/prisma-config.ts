import { CodeParseError, tokenize } from '../../schema-sources/ts-scanner.js';
import type { Token } from '../../schema-sources/ts-scanner.js';

/**
 * What a `prisma.config.ts` says about its migrations folder, read from its tokens without running it
 * (the file is the pull request's own code). Only literal values are understood: a string, a template
 * without substitutions, or `path.join(…)` / `path.resolve(…)` of such strings (with `__dirname` or
 * `import.meta.dirname` standing for the config's folder). Anything else is `unreadable`, never a guess.
 */
export type PrismaConfigFolder =
  | { kind: 'path'; path: string; key: string }
  | { kind: 'absent' }
  | { kind: 'unreadable'; key: string; why: string };

interface Span {
  start: number;
  end: number;
}

/** Stand for the config file's own folder as the first argument of path.join / path.resolve. */
const DIRNAME = new Set(['__dirname', 'import.meta.dirname']);

/** `migrations.path` (or, without it, the folder next to `schema`) relative to the config file's folder. */
export function prismaConfigMigrationsFolder(source: string): PrismaConfigFolder {
  let tokens: Token[];
  try {
    tokens = tokenize(source);
  } catch (error) {
    if (!(error instanceof CodeParseError)) throw error;
    return {
      kind: 'unreadable',
      key: 'export default',
      why: `unreadable: the file does not parse (${error.message})`,
    };
  }
  const root = exportedObject(tokens);
  if (!root) return { kind: 'unreadable', key: 'export default', why: 'no exported object literal' };
  const props = objectProperties(tokens, root);
  const migrations = props.entries.get('migrations');
  if (migrations) {
    const inner = objectAt(tokens, migrations);
    if (!inner) return { kind: 'unreadable', key: 'migrations', why: 'not an object literal' };
    const fields = objectProperties(tokens, inner);
    const path = fields.entries.get('path');
    if (path) return literalPath(tokens, path, 'migrations.path');
    if (fields.spread) return { kind: 'unreadable', key: 'migrations', why: 'spreads another object' };
  } else if (props.spread) {
    return { kind: 'unreadable', key: 'migrations', why: 'the config spreads another object' };
  }
  const schema = props.entries.get('schema');
  if (!schema) return { kind: 'absent' };
  const read = literalPath(tokens, schema, 'schema');
  if (read.kind !== 'path') return read;
  // Prisma keeps migrations next to the schema file, or inside a schema folder.
  const folder = read.path.endsWith('.prisma') ? read.path.replace(/\/?[^/]*$/, '') : read.path;
  return { kind: 'path', path: joinPath(folder, 'migrations'), key: 'schema' };
}

/** The `{` of `export default {…}`, `export default defineConfig({…})`, `module.exports = …` or a named const exported. */
function exportedObject(tokens: Token[]): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let at: number | undefined;
    if (t.value === 'export' && tokens[i + 1]?.value === 'default') at = i + 2;
    else if (t.value === 'module' && tokens[i + 1]?.value === '.' && tokens[i + 2]?.value === 'exports')
      at = tokens[i + 3]?.value === '=' ? i + 4 : undefined;
    if (at === undefined) continue;
    const direct = objectAt(tokens, { start: at, end: tokens.length });
    if (direct !== undefined) return direct;
    const name = tokens[at];
    if (name?.kind !== 'ident') return undefined;
    for (let j = 0; j + 3 < tokens.length; j++) {
      const decl = tokens[j]!.value;
      if ((decl === 'const' || decl === 'let' || decl === 'var') && tokens[j + 1]!.value === name.value) {
        if (tokens[j + 2]!.value === ':') continue; // a type annotation: take the next declaration form
        if (tokens[j + 2]!.value === '=') return objectAt(tokens, { start: j + 3, end: tokens.length });
      }
    }
    return undefined;
  }
  return undefined;
}

/** The `{` of an object literal at `span.start`, through `defineConfig(` and parentheses. */
function objectAt(tokens: Token[], span: Span): number | undefined {
  let i = span.start;
  while (i < span.end && tokens[i]?.value === '(') i++;
  if (tokens[i]?.kind === 'ident' && tokens[i + 1]?.value === '(') i += 2;
  return tokens[i]?.value === '{' && tokens[i]?.kind === 'punct' ? i : undefined;
}

/** The index of the token that closes the bracket opened at `open`. */
function closing(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct') continue;
    if (t.value === '{' || t.value === '(' || t.value === '[') depth++;
    else if (t.value === '}' || t.value === ')' || t.value === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return tokens.length;
}

/** Each `key: value` of the object opened at `open` (value as a token span), and whether it spreads. */
function objectProperties(tokens: Token[], open: number): { entries: Map<string, Span>; spread: boolean } {
  const end = closing(tokens, open);
  const entries = new Map<string, Span>();
  let spread = false;
  let i = open + 1;
  while (i < end) {
    const key = tokens[i]!;
    if (key.value === '...') spread = true;
    let j = i;
    while (j < end) {
      const t = tokens[j]!;
      if (t.kind === 'punct' && (t.value === '{' || t.value === '(' || t.value === '['))
        j = closing(tokens, j);
      else if (t.kind === 'punct' && t.value === ',') break;
      j++;
    }
    if ((key.kind === 'ident' || key.kind === 'string') && tokens[i + 1]?.value === ':')
      entries.set(key.value, { start: i + 2, end: j });
    else if (key.kind === 'ident' && (j === i + 1 || tokens[i + 1]?.value === '('))
      entries.set(key.value, { start: i, end: i }); // shorthand or method: a value we cannot read
    i = j + 1;
  }
  return { entries, spread };
}

function literalPath(tokens: Token[], span: Span, key: string): PrismaConfigFolder {
  const parts = stringValue(tokens, span);
  if (parts === undefined)
    return { kind: 'unreadable', key, why: 'not a plain string, template or path.join of strings' };
  return { kind: 'path', path: joinPath('', parts), key };
}

function stringValue(tokens: Token[], span: Span): string | undefined {
  const first = tokens[span.start];
  if (!first || span.end <= span.start) return undefined;
  if (
    span.end === span.start + 1 &&
    (first.kind === 'string' || (first.kind === 'template' && !first.value.includes('\u0000')))
  )
    return first.value;
  // path.join("db", "migrations") / join(…) / path.resolve(__dirname, …) / path.posix.join(…)
  let i = span.start;
  const callee: string[] = [];
  while (i < span.end && tokens[i]!.value !== '(') callee.push(tokens[i++]!.value);
  const name = callee.join('');
  if (!/^(?:(?:path|node:path)\.(?:posix\.)?)?(?:join|resolve)$/.test(name)) return undefined;
  if (closing(tokens, i) !== span.end - 1) return undefined;
  const args: string[] = [];
  let arg: string[] = [];
  for (let k = i + 1; k < span.end; k++) {
    const t = tokens[k]!;
    if (k === span.end - 1 || (t.kind === 'punct' && t.value === ',')) {
      if (arg.length) args.push(arg.join(''));
      arg = [];
      continue;
    }
    arg.push(t.kind === 'string' ? JSON.stringify(t.value) : t.value);
  }
  const out: string[] = [];
  for (const [n, a] of args.entries()) {
    if (n === 0 && DIRNAME.has(a)) continue;
    if (!a.startsWith('"')) return undefined;
    out.push(JSON.parse(a) as string);
  }
  return out.reduce(joinPath, '');
}

/** POSIX join of repository-relative parts, without leaving the folder it starts from unnoticed. */
export function joinPath(a: string, b: string): string {
  const parts = `${a}/${b}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}
