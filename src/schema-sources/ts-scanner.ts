import type { ParserPlugin, parse as babelParse } from '@babel/parser';

/**
 * TypeScript and JavaScript source as a flat list of tokens, enough to find `pgTable(...)` calls, the
 * generated Supabase `Database` type and SQL in string literals, with line numbers. The tokens come from
 * a real parser (@babel/parser), so division and regular expressions, escapes (`\u0073`) and template
 * literals are read as JavaScript reads them. Comments and regular expressions are dropped; a string
 * or template literal becomes one token (a template's `${…}` substitutions are skipped); operators
 * become one punctuation token per character, except `=>`, `...` and `?.`.
 */

export type TokenKind = 'ident' | 'string' | 'template' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Identifier or punctuation text; a string's value with escapes resolved; a template's text with each `${…}` as TEMPLATE_HOLE. */
  value: string;
  /** 1-based line of the token's first character. */
  line: number;
  /** A line break comes between the previous token and this one. */
  newline: boolean;
}

/** Stands for a `${…}` substitution inside a template token's value. */
export const TEMPLATE_HOLE = '\u0000';

/** The source did not parse as TypeScript or JavaScript. */
export class CodeParseError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
    this.name = 'CodeParseError';
  }
}

/**
 * The code parser (@babel/parser, the CLI's largest module) is loaded on first need, as the Postgres
 * parser is: a warm PR check or `rollback plan` answers from the expectation cache and never reads code,
 * and compiling the module cost it ~30–60 ms of CPU. Every reader of code is reached through an async
 * entry point that awaits `loadCodeParser()` first.
 */
let babel: { parse: typeof babelParse } | undefined;
let loading: Promise<void> | undefined;

export function loadCodeParser(): Promise<void> {
  loading ??= import('@babel/parser').then((module) => {
    babel = module;
  });
  return loading;
}

/** Code was to be read before `loadCodeParser()` finished: a bug in the caller, never a file's fault. */
export class CodeParserNotLoadedError extends Error {
  constructor() {
    super('internal error: the code parser was used before loadCodeParser() finished');
    this.name = 'CodeParserNotLoadedError';
  }
}

interface BabelToken {
  type: string | { label: string };
  value?: unknown;
  start: number;
  end: number;
  loc: { start: { line: number } };
}

const KEEP_TOGETHER = new Set(['=>', '...', '?.']);
const BASE_PLUGINS: ParserPlugin[] = ['typescript', 'decorators-legacy'];

function babelTokens(source: string, jsx: boolean): BabelToken[] {
  const ast = babel!.parse(source, {
    sourceType: 'unambiguous',
    plugins: jsx ? [...BASE_PLUGINS, 'jsx'] : BASE_PLUGINS,
    tokens: true,
    errorRecovery: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowUndeclaredExports: true,
  });
  return ast.tokens as BabelToken[];
}

/**
 * Tokens of one file. `path` picks JSX (`.tsx`, `.jsx`); without it, or when the first reading fails,
 * the other one is tried (`<T>x` is a cast in .ts and an element in .tsx). Throws CodeParseError when
 * neither parses.
 */
export function tokenize(source: string, path?: string): Token[] {
  const jsxFirst = path !== undefined && /\.[jt]sx$/.test(path);
  // Checked before the parse, whose failures below become CodeParseError (a file's fault).
  if (!babel) throw new CodeParserNotLoadedError();
  let raw: BabelToken[];
  try {
    raw = babelTokens(source, jsxFirst);
  } catch (first) {
    try {
      raw = babelTokens(source, !jsxFirst);
    } catch {
      const loc = (first as { loc?: { line?: number } }).loc;
      throw new CodeParseError(first instanceof Error ? first.message : String(first), loc?.line);
    }
  }
  return fromBabel(source, raw);
}

function fromBabel(source: string, raw: readonly BabelToken[]): Token[] {
  const out: Token[] = [];
  let lastEnd = 0;
  const push = (kind: TokenKind, value: string, t: BabelToken, end = t.end) => {
    const gap = source.slice(lastEnd, t.start);
    out.push({ kind, value, line: t.loc.start.line, newline: out.length === 0 || gap.includes('\n') });
    lastEnd = end;
  };
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const type = typeof t.type === 'string' ? t.type : t.type.label;
    if (type === 'CommentLine' || type === 'CommentBlock' || type === 'eof' || type === 'regexp') continue;
    if (type === 'jsxText') continue;
    if (type === 'string') push('string', String(t.value), t);
    else if (type === 'num' || type === 'bigint' || type === 'decimal')
      push('number', source.slice(t.start, t.end), t);
    else if (
      type === 'name' ||
      type === 'jsxName' ||
      (typeof t.value === 'string' && /^[A-Za-z_$#]/.test(t.value) && !/[^\w$#]/.test(t.value))
    )
      push('ident', source.slice(t.start, t.end), t);
    else if (type === '`') {
      const { value, next } = readTemplate(source, raw, i);
      push('template', value, t, raw[next]?.end ?? source.length);
      i = next;
    } else {
      const text = source.slice(t.start, t.end);
      if (KEEP_TOGETHER.has(text) || text.length <= 1) push('punct', text, t);
      else {
        push('punct', text[0]!, t);
        for (const ch of text.slice(1))
          out.push({ kind: 'punct', value: ch, line: t.loc.start.line, newline: false });
      }
    }
  }
  return out;
}

/** A template literal from its opening backtick at `open`: its cooked text and the index of its closing backtick. */
function readTemplate(
  source: string,
  raw: readonly BabelToken[],
  open: number,
): { value: string; next: number } {
  let value = '';
  let i = open + 1;
  for (; i < raw.length; i++) {
    const t = raw[i]!;
    const type = typeof t.type === 'string' ? t.type : t.type.label;
    if (type === '`') return { value, next: i };
    if (type === 'template') value += typeof t.value === 'string' ? t.value : source.slice(t.start, t.end);
    else if (type === '${') {
      value += TEMPLATE_HOLE;
      // skip the substitution: braces (and nested templates' own substitutions) balance inside it
      let depth = 1;
      while (depth > 0 && ++i < raw.length) {
        const inner = raw[i]!;
        const label = typeof inner.type === 'string' ? inner.type : inner.type.label;
        if (label === '${' || label === '{' || label === '{|' || label === '#{') depth += 1;
        else if (label === '}' || label === '|}') depth -= 1;
      }
    }
  }
  return { value, next: raw.length - 1 };
}

/** The index of the bracket that closes the one at `open` (`(`, `[` or `{`), or tokens.length when unbalanced. */
export function matchingClose(tokens: readonly Token[], open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct') continue;
    const close = pairs[t.value];
    if (close) stack.push(close);
    else if (t.value === ')' || t.value === ']' || t.value === '}') {
      // tolerate a stray closer of another kind: pop until it matches
      while (stack.length && stack[stack.length - 1] !== t.value) stack.pop();
      stack.pop();
      if (!stack.length) return i;
    }
  }
  return tokens.length;
}

/** Split tokens[start, end) at top-level commas (brackets nest). */
export function splitTopLevel(
  tokens: readonly Token[],
  start: number,
  end: number,
  separator = ',',
): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && (t.value === '(' || t.value === '[' || t.value === '{')) {
      const close = Math.min(matchingClose(tokens, i), end - 1);
      current.push(...tokens.slice(i, close + 1));
      i = close;
    } else if (t.kind === 'punct' && t.value === separator) {
      parts.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length) parts.push(current);
  return parts;
}

export const isPunct = (t: Token | undefined, value: string): boolean =>
  t?.kind === 'punct' && t.value === value;
export const isIdent = (t: Token | undefined, value?: string): boolean =>
  t?.kind === 'ident' && (value === undefined || t.value === value);
/** A string literal, or a template without substitutions: a name written in code. */
export const isLiteral = (t: Token | undefined): t is Token =>
  t?.kind === 'string' || (t?.kind === 'template' && !t.value.includes(TEMPLATE_HOLE));
