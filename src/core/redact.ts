/**
 * The one place secrets are taken out of text before anyone sees it: every output sink (CLI streams,
 * the action's log, reports, summaries, comments) calls `redactSecrets`. Two kinds of secret:
 * values we know (the token, a database-url and its password), remembered with `rememberSecret`, and
 * credentials whose shape gives them away (the password in any `scheme://user:password@host`, a
 * `password=` parameter) whatever the scheme: postgres, mysql, jdbc:…, redis, mongodb+srv, amqp…
 */
const known = new Set<string>();
let knownSorted: string[] | undefined;

/** Values shorter than this are not remembered: masking "abc" everywhere would garble the report. */
const MIN_SECRET_LENGTH = 6;

export const REDACTED = '***';

/** Remember a secret (and its percent-encoded and decoded forms) so no output ever shows it. */
export function rememberSecret(value: string | undefined): void {
  if (!value || value.length < MIN_SECRET_LENGTH) return;
  knownSorted = undefined;
  known.add(value);
  const encoded = encodeURIComponent(value);
  if (encoded !== value) known.add(encoded);
  try {
    const decoded = decodeURIComponent(value);
    if (decoded !== value && decoded.length >= MIN_SECRET_LENGTH) known.add(decoded);
  } catch {
    // not percent-encoded: nothing more to remember
  }
  // A connection string also hides its password, which an error message may quote on its own.
  for (const password of urlPasswords(value)) rememberSecret(password);
}

/** Forget every remembered secret (tests; a long-lived process between runs). */
export function forgetSecrets(): void {
  known.clear();
  knownSorted = undefined;
}

/** Values of secret-looking environment variables (GITHUB_TOKEN, PGPASSWORD, DATABASE_URL, *_API_KEY…). */
export function environmentSecretValues(env: NodeJS.ProcessEnv): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= MIN_SECRET_LENGTH && SECRET_NAME.test(name)) values.push(value);
  }
  return values;
}

/** Remember every secret-looking environment variable's value, as `rememberSecret` does. */
export function rememberEnvironmentSecrets(env: NodeJS.ProcessEnv): void {
  for (const value of environmentSecretValues(env)) rememberSecret(value);
}

// Word-bounded, so GIT_AUTHOR_NAME or KEYBOARD are not taken for secrets.
const SECRET_NAME =
  /(?:^|_)(?:TOKEN|SECRET|SECRETS|PASSWORD|PASSWD|PASS|KEY|API_?KEY|PRIVATE_KEY|CREDENTIALS?|AUTH)(?:_|$)|PGPASSWORD|DATABASE_URL|_DSN$/i;

// scheme://user:password@host — any scheme, jdbc:mysql:// included (the inner scheme matches).
// The password runs to the last "@" before the path, so a raw "@" inside it does not leak the rest.
const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/?[^\s:/?#@]*):([^\s/?#]*)@/gi;
// password=…, in a query string (?a=b&password=x), a JDBC tail (;password=x) or a libpq keyword string.
const PASSWORD_KEYS = /password|passwd|pwd|pass|sslpassword|secret|token|access_token|api[_-]?key/.source;
const PASSWORD_PARAMETER_SOURCE = `((?:^|[\\s?&;,"'])(?:${PASSWORD_KEYS})\\s*=\\s*)('[^']*'|"[^"]*"|[^\\s&;,"']+)`;
const PASSWORD_PARAMETER = new RegExp(PASSWORD_PARAMETER_SOURCE, 'gi');
/** The same pattern tried at one position only (redactPasswordParameters). */
const PASSWORD_PARAMETER_AT = new RegExp(PASSWORD_PARAMETER_SOURCE, 'iy');
/** Its start, up to the "=": where a value to redact may follow, on this line or the next ones. */
const PASSWORD_KEY_AT = new RegExp(`(?:^|[\\s?&;,"'])(?:${PASSWORD_KEYS})\\s*=`, 'iy');
/** More than the longest key above ("access_token", 12) plus the character before it. */
const KEY_REACH = 16;
const WHITE_SPACE = /\s/;

/** Passwords written in URL userinfo or as password= parameters in `text`. */
function urlPasswords(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(URL_USERINFO)) if (m[2]) found.push(m[2]);
  for (const m of text.matchAll(PASSWORD_PARAMETER)) {
    const v = m[2]!.replace(/^['"]|['"]$/g, '');
    if (v && v !== REDACTED) found.push(v);
  }
  return found;
}

/** Credentials given away by their shape, in any scheme. */
export function redactCredentials(text: string): string {
  return redactPasswordParameters(redactUrlUserinfo(text));
}

/**
 * PASSWORD_PARAMETER replaced over the whole text, tried only just before each "=". Every match is
 * `key\s*=`… with the key (letters, "_", "-") right before the white space that precedes its "=", so it
 * starts at most KEY_REACH characters before that white space; matches are found left to right and
 * do not overlap, as the global pattern finds them. The pattern run over a 20 MB report holding a
 * few thousand "=" cost 25 ms; this costs a few sticky tries per "=".
 */
function redactPasswordParameters(text: string): string {
  let eq = text.indexOf('=');
  if (eq < 0) return text;
  let out = '';
  let done = 0;
  while (eq >= 0) {
    const match = keyBefore(text, eq, done, PASSWORD_PARAMETER_AT);
    if (!match) {
      eq = text.indexOf('=', eq + 1);
      continue;
    }
    out += `${text.slice(done, match.index)}${match[1]!}${REDACTED}`;
    done = match.index + match[0].length;
    eq = text.indexOf('=', done);
  }
  return out + text.slice(done);
}

/** `pattern` (sticky) matched at the first place from `from` where a key can start that ends before the "=" at `eq`. */
function keyBefore(text: string, eq: number, from: number, pattern: RegExp): RegExpExecArray | null {
  let keyEnd = eq;
  while (keyEnd > from && WHITE_SPACE.test(text[keyEnd - 1]!)) keyEnd--;
  for (let at = Math.max(from, keyEnd - KEY_REACH); at < keyEnd; at++) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}

/**
 * Whether text cut into `pieces`, each ending with a line feed, is redacted piece by piece exactly as
 * it is whole: no remembered secret holds a line feed, no piece starts with an "=" whose key could
 * end the piece before, and none holds a `password=`-like key whose value may run on into the next
 * (after white space or inside quotes). Other credential shapes hold no white space.
 */
export function redactsPieceByPiece(pieces: readonly string[]): boolean {
  if ([...known].some((value) => value.includes('\n'))) return false;
  return pieces.every((piece, n) => {
    if (n > 0 && /^\s*=/.test(piece)) return false;
    for (let eq = piece.indexOf('='); eq >= 0; eq = piece.indexOf('=', eq + 1)) {
      if (keyBefore(piece, eq, 0, PASSWORD_KEY_AT)) return false;
    }
    return true;
  });
}

const redactUserinfo = (_all: string, head: string, password: string) =>
  password ? `${head}:${REDACTED}@` : `${head}:@`;

/**
 * URL_USERINFO replaced on the lines that hold an "@" only. Every part of the pattern excludes white
 * space, so no match spans a line break and lines without "@" cannot match; the pattern tried at every
 * position of a 20 MB report of 20,000 findings cost most of its formatting time (--cpu-prof).
 */
function redactUrlUserinfo(text: string): string {
  let at = text.indexOf('@');
  if (at < 0) return text;
  let out = '';
  let done = 0;
  while (at >= 0) {
    const start = text.lastIndexOf('\n', at) + 1;
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    out += text.slice(done, start) + text.slice(start, end).replace(URL_USERINFO, redactUserinfo);
    done = end;
    at = newline < 0 ? -1 : text.indexOf('@', end);
  }
  return out + text.slice(done);
}

/** The remembered secrets, longest first: sorted once per change of `known`, not once per string redacted. */
function knownLongestFirst(): string[] {
  knownSorted ??= [...known].sort((a, b) => b.length - a.length);
  return knownSorted;
}

const NO_EXTRA: readonly string[] = [];

/** Known secrets first (longest first, so a URL goes before the password inside it), then shaped ones. */
export function redactSecrets(text: string, extra: Iterable<string> = NO_EXTRA): string {
  let out = text;
  const more = extra === NO_EXTRA ? NO_EXTRA : [...extra].filter((v) => v && v.length >= MIN_SECRET_LENGTH);
  const values = more.length ? [...known, ...more].sort((a, b) => b.length - a.length) : knownLongestFirst();
  for (const value of values) if (out.includes(value)) out = out.split(value).join(REDACTED);
  return redactCredentials(out);
}

/**
 * A JSON-like value with every string redacted (reports before they are formatted). Plain objects and
 * arrays that hold nothing to redact are returned as they are, not copied: copying every finding of a
 * 20,000-finding report cost more than formatting it. Nothing downstream changes a report. Other
 * objects (a class instance, a Date) become plain copies of their own enumerable fields, as before.
 */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactSecrets(value) as T;
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    for (let i = 0; i < items.length; i++) {
      if (!(i in items)) continue;
      if (redactDeep(items[i]) !== items[i]) return items.map((v) => redactDeep(v)) as T;
    }
    return value;
  }
  if (value && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const prototype: unknown = Object.getPrototypeOf(source);
    const plain = prototype === Object.prototype || prototype === null;
    const keys = Object.keys(source);
    let out: Record<string, unknown> | undefined;
    for (const [i, k] of keys.entries()) {
      const v = source[k];
      const redacted = redactDeep(v);
      if (!out && (!plain || redacted !== v)) {
        out = {};
        for (const earlier of keys.slice(0, i)) setField(out, earlier, source[earlier]);
      }
      if (out) setField(out, k, redacted);
    }
    return (out ?? (plain ? value : {})) as T;
  }
  return value;
}

/** A data field, also when it is named `__proto__` (from parsed input): plain assignment would drop it. */
function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
