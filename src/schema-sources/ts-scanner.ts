/**
 * A small tokenizer for TypeScript and JavaScript source: enough to find `pgTable(...)` calls, the
 * generated Supabase `Database` type and SQL in string literals, with line numbers. It is not a parser
 * (the TypeScript compiler is a dev dependency only): comments are skipped, strings and template
 * literals become one token each, regular expressions are skipped, everything else is an identifier,
 * a number or one punctuation character (`=>`, `...` and `?.` are kept together).
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

const IDENT_START = /[A-Za-z_$]/;
const IDENT_PART = /[\w$]/;
/** After these, a `/` divides; after anything else it starts a regular expression. */
const VALUE_END_KEYWORDS = new Set(['this', 'super', 'null', 'true', 'false', 'undefined']);
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

export function tokenize(source: string): Token[] {
  return new Scanner(source).all();
}

class Scanner {
  private pos = 0;
  private line = 1;
  private sawNewline = true;
  private readonly tokens: Token[] = [];

  constructor(private readonly src: string) {}

  all(): Token[] {
    this.scanUntil(undefined);
    return this.tokens;
  }

  /** Scan tokens until the end, or until the `}` that closes a template substitution (consumed). */
  private scanUntil(closeBrace: 'template' | undefined, out: Token[] = this.tokens): void {
    let depth = 0;
    const src = this.src;
    while (this.pos < src.length) {
      const ch = src[this.pos]!;
      if (ch === '\n') {
        this.line += 1;
        this.sawNewline = true;
        this.pos += 1;
      } else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\uFEFF') {
        this.pos += 1;
      } else if (ch === '/' && src[this.pos + 1] === '/') {
        while (this.pos < src.length && src[this.pos] !== '\n') this.pos += 1;
      } else if (ch === '/' && src[this.pos + 1] === '*') {
        const end = src.indexOf('*/', this.pos + 2);
        const stop = end === -1 ? src.length : end + 2;
        this.countLines(this.pos, stop);
        this.pos = stop;
      } else if (ch === '"' || ch === "'") {
        const line = this.line;
        this.push(out, 'string', this.readString(ch), line);
      } else if (ch === '`') {
        const line = this.line;
        this.push(out, 'template', this.readTemplate(), line);
      } else if (IDENT_START.test(ch) || ch === '#') {
        const start = this.pos;
        this.pos += 1;
        while (this.pos < src.length && IDENT_PART.test(src[this.pos]!)) this.pos += 1;
        this.push(out, 'ident', src.slice(start, this.pos));
      } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(src[this.pos + 1] ?? ''))) {
        const start = this.pos;
        while (this.pos < src.length && /[\w.]/.test(src[this.pos]!)) this.pos += 1;
        this.push(out, 'number', src.slice(start, this.pos));
      } else if (ch === '/' && this.regexAllowed(out)) {
        this.skipRegex();
      } else {
        if (closeBrace && ch === '{') depth += 1;
        if (closeBrace && ch === '}') {
          if (depth === 0) {
            this.pos += 1;
            return;
          }
          depth -= 1;
        }
        const three = src.slice(this.pos, this.pos + 3);
        const two = src.slice(this.pos, this.pos + 2);
        const text = three === '...' ? three : two === '=>' || two === '?.' ? two : ch;
        this.pos += text.length;
        this.push(out, 'punct', text);
      }
    }
  }

  private push(out: Token[], kind: TokenKind, value: string, line = this.line): void {
    out.push({ kind, value, line, newline: this.sawNewline });
    this.sawNewline = false;
  }

  private countLines(from: number, to: number): void {
    for (let i = from; i < to; i++) if (this.src[i] === '\n') this.line += 1;
  }

  /** A quoted string; an unterminated one ends at the line break (JSX text with an apostrophe must not swallow the file). */
  private readString(quote: string): string {
    let value = '';
    this.pos += 1;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === quote) {
        this.pos += 1;
        break;
      }
      if (ch === '\n') break;
      if (ch === '\\') {
        const next = this.src[this.pos + 1] ?? '';
        if (next === '\n') this.line += 1;
        value += ESCAPES[next] ?? next;
        this.pos += 2;
        continue;
      }
      value += ch;
      this.pos += 1;
    }
    return value;
  }

  private readTemplate(): string {
    let value = '';
    this.pos += 1;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === '`') {
        this.pos += 1;
        break;
      }
      if (ch === '\\') {
        const next = this.src[this.pos + 1] ?? '';
        if (next === '\n') this.line += 1;
        value += ESCAPES[next] ?? next;
        this.pos += 2;
        continue;
      }
      if (ch === '$' && this.src[this.pos + 1] === '{') {
        this.pos += 2;
        const saved = this.sawNewline;
        this.scanUntil('template', []);
        this.sawNewline = saved;
        value += TEMPLATE_HOLE;
        continue;
      }
      if (ch === '\n') this.line += 1;
      value += ch;
      this.pos += 1;
    }
    return value;
  }

  private regexAllowed(out: readonly Token[]): boolean {
    const prev = out[out.length - 1];
    if (!prev) return true;
    if (prev.kind === 'number' || prev.kind === 'string' || prev.kind === 'template') return false;
    if (prev.kind === 'ident') return !VALUE_END_KEYWORDS.has(prev.value) && isKeyword(prev.value);
    return !(prev.value === ')' || prev.value === ']' || prev.value === '}');
  }

  private skipRegex(): void {
    let inClass = false;
    this.pos += 1;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === '\n') return; // not a regex after all: leave the rest of the line to the tokenizer
      if (ch === '\\') this.pos += 2;
      else {
        if (ch === '[') inClass = true;
        else if (ch === ']') inClass = false;
        else if (ch === '/' && !inClass) {
          this.pos += 1;
          while (this.pos < this.src.length && /[a-z]/i.test(this.src[this.pos]!)) this.pos += 1;
          return;
        }
        this.pos += 1;
      }
    }
  }
}

const KEYWORDS = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
  'export',
  'default',
  'extends',
]);

function isKeyword(word: string): boolean {
  return KEYWORDS.has(word);
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
