/**
 * GitHub Actions expressions, the subset our workflows use: property paths (`needs.start.outputs.from-sha`),
 * string/number/boolean literals, `== != && || !`, parentheses, and `format()`, `cancelled()`,
 * `always()`, `success()`, `failure()`. Semantics follow GitHub's documentation: `||`/`&&` return an
 * operand, strings compare case-insensitively, a missing property is null (empty in a string).
 * Anything else throws, so a workflow that grows a construct this does not know fails its test loudly.
 */
export type Context = Record<string, unknown>;

type Token = { kind: 'str' | 'num' | 'id' | 'op'; text: string };

function tokenize(expr: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:('(?:[^']|'')*')|(\d+(?:\.\d+)?)|([A-Za-z_][\w.-]*)|(==|!=|&&|\|\||[!(),]))/y;
  let at = 0;
  while (at < expr.length) {
    if (/^\s*$/.test(expr.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(expr);
    if (!m) throw new Error(`expression not understood at "${expr.slice(at)}" in: ${expr}`);
    at = re.lastIndex;
    if (m[1]) out.push({ kind: 'str', text: m[1].slice(1, -1).replaceAll("''", "'") });
    else if (m[2]) out.push({ kind: 'num', text: m[2] });
    else if (m[3]) out.push({ kind: 'id', text: m[3] });
    else out.push({ kind: 'op', text: m[4]! });
  }
  return out;
}

export const truthy = (v: unknown): boolean =>
  !(v === false || v === 0 || v === '' || v === null || v === undefined);

export function toText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function equal(a: unknown, b: unknown): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (typeof x === 'string' && typeof y === 'string') return x.toLowerCase() === y.toLowerCase();
  if (typeof x === typeof y && typeof x !== 'object') return x === y;
  if (x === null && y === null) return true;
  // Different types are compared as numbers: null → 0, true → 1, '' → 0, 'abc' → NaN.
  const num = (v: unknown) =>
    v === null ? 0 : typeof v === 'boolean' ? Number(v) : v === '' ? 0 : Number(v);
  return num(x) === num(y);
}

function lookup(path: string, ctx: Context): unknown {
  let value: unknown = ctx;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
    if (value === undefined) return null;
  }
  return value;
}

export function evaluate(expr: string, ctx: Context): unknown {
  const tokens = tokenize(expr);
  let i = 0;
  const peek = () => tokens[i];
  const take = (text?: string) => {
    const t = tokens[i++];
    if (!t || (text !== undefined && t.text !== text))
      throw new Error(`expected ${text ?? 'a value'} in: ${expr}`);
    return t;
  };
  const or = (): unknown => {
    let left = and();
    while (peek()?.text === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): unknown => {
    let left = eq();
    while (peek()?.text === '&&') {
      take();
      const right = eq();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const eq = (): unknown => {
    let left = unary();
    while (peek()?.text === '==' || peek()?.text === '!=') {
      const op = take().text;
      const right = unary();
      left = op === '==' ? equal(left, right) : !equal(left, right);
    }
    return left;
  };
  const unary = (): unknown => {
    if (peek()?.text === '!') {
      take();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): unknown => {
    const t = take();
    if (t.kind === 'str') return t.text;
    if (t.kind === 'num') return Number(t.text);
    if (t.text === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (t.kind !== 'id') throw new Error(`unexpected "${t.text}" in: ${expr}`);
    if (t.text === 'true' || t.text === 'false') return t.text === 'true';
    if (t.text === 'null') return null;
    if (peek()?.text === '(') {
      take('(');
      const args: unknown[] = [];
      while (peek()?.text !== ')') {
        args.push(or());
        if (peek()?.text === ',') take(',');
      }
      take(')');
      return call(t.text, args, ctx);
    }
    return lookup(t.text, ctx);
  };
  const value = or();
  if (i !== tokens.length) throw new Error(`trailing "${tokens[i]!.text}" in: ${expr}`);
  return value;
}

function call(name: string, args: unknown[], ctx: Context): unknown {
  const status = ctx.__status as { cancelled: boolean; failed: boolean } | undefined;
  switch (name) {
    case 'format':
      return toText(args[0]).replace(/\{(\d+)\}/g, (_, n: string) => toText(args[Number(n) + 1]));
    case 'cancelled':
      return status?.cancelled ?? false;
    case 'always':
      return true;
    case 'success':
      return !(status?.failed ?? false);
    case 'failure':
      return status?.failed ?? false;
    default:
      throw new Error(`function ${name}() is not supported by the test runner`);
  }
}

/** `${{ … }}` inside a string, as in `with:` and `env:` values; a value that is one expression keeps its type. */
export function interpolate(value: unknown, ctx: Context): unknown {
  if (typeof value !== 'string') return value;
  const whole = /^\$\{\{([\s\S]*?)\}\}$/.exec(value.trim());
  if (whole && !whole[1]!.includes('}}')) return evaluate(whole[1]!, ctx);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => toText(evaluate(e, ctx)));
}

/** A job's or step's `if:` (with or without `${{ }}`). */
export function condition(value: unknown, ctx: Context): boolean {
  if (value === undefined) return true;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim();
  const inner = /^\$\{\{([\s\S]*)\}\}$/.exec(text)?.[1] ?? text;
  return truthy(evaluate(inner, ctx));
}
