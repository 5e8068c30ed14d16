import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 353;
export const ids = [353];
export const modules = {

/***/ 7353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   joinPath: () => (/* binding */ joinPath),
/* harmony export */   loadCodeParser: () => (/* reexport safe */ _schema_sources_ts_scanner_js__WEBPACK_IMPORTED_MODULE_0__.H_),
/* harmony export */   prismaConfigMigrationsFolder: () => (/* binding */ prismaConfigMigrationsFolder)
/* harmony export */ });
/* harmony import */ var _schema_sources_ts_scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(787);


/** Stand for the config file's own folder as the first argument of path.join / path.resolve. */
const DIRNAME = new Set(['__dirname', 'import.meta.dirname']);
/** `migrations.path` (or, without it, the folder next to `schema`) relative to the config file's folder. */
function prismaConfigMigrationsFolder(source) {
    let tokens;
    try {
        tokens = (0,_schema_sources_ts_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenize */ .qw)(source);
    }
    catch (error) {
        if (!(error instanceof _schema_sources_ts_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .CodeParseError */ .X))
            throw error;
        return {
            kind: 'unreadable',
            key: 'export default',
            why: `unreadable: the file does not parse (${error.message})`,
        };
    }
    const root = exportedObject(tokens);
    if (!root)
        return { kind: 'unreadable', key: 'export default', why: 'no exported object literal' };
    const props = objectProperties(tokens, root);
    const migrations = props.entries.get('migrations');
    if (migrations) {
        const inner = objectAt(tokens, migrations);
        if (!inner)
            return { kind: 'unreadable', key: 'migrations', why: 'not an object literal' };
        const fields = objectProperties(tokens, inner);
        const path = fields.entries.get('path');
        if (path)
            return literalPath(tokens, path, 'migrations.path');
        if (fields.spread)
            return { kind: 'unreadable', key: 'migrations', why: 'spreads another object' };
    }
    else if (props.spread) {
        return { kind: 'unreadable', key: 'migrations', why: 'the config spreads another object' };
    }
    const schema = props.entries.get('schema');
    if (!schema)
        return { kind: 'absent' };
    const read = literalPath(tokens, schema, 'schema');
    if (read.kind !== 'path')
        return read;
    // Prisma keeps migrations next to the schema file, or inside a schema folder.
    const folder = read.path.endsWith('.prisma') ? read.path.replace(/\/?[^/]*$/, '') : read.path;
    return { kind: 'path', path: joinPath(folder, 'migrations'), key: 'schema' };
}
/** The `{` of `export default {…}`, `export default defineConfig({…})`, `module.exports = …` or a named const exported. */
function exportedObject(tokens) {
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        let at;
        if (t.value === 'export' && tokens[i + 1]?.value === 'default')
            at = i + 2;
        else if (t.value === 'module' && tokens[i + 1]?.value === '.' && tokens[i + 2]?.value === 'exports')
            at = tokens[i + 3]?.value === '=' ? i + 4 : undefined;
        if (at === undefined)
            continue;
        const direct = objectAt(tokens, { start: at, end: tokens.length });
        if (direct !== undefined)
            return direct;
        const name = tokens[at];
        if (name?.kind !== 'ident')
            return undefined;
        for (let j = 0; j + 3 < tokens.length; j++) {
            const decl = tokens[j].value;
            if ((decl === 'const' || decl === 'let' || decl === 'var') && tokens[j + 1].value === name.value) {
                if (tokens[j + 2].value === ':')
                    continue; // a type annotation: take the next declaration form
                if (tokens[j + 2].value === '=')
                    return objectAt(tokens, { start: j + 3, end: tokens.length });
            }
        }
        return undefined;
    }
    return undefined;
}
/** The `{` of an object literal at `span.start`, through `defineConfig(` and parentheses. */
function objectAt(tokens, span) {
    let i = span.start;
    while (i < span.end && tokens[i]?.value === '(')
        i++;
    if (tokens[i]?.kind === 'ident' && tokens[i + 1]?.value === '(')
        i += 2;
    return tokens[i]?.value === '{' && tokens[i]?.kind === 'punct' ? i : undefined;
}
/** The index of the token that closes the bracket opened at `open`. */
function closing(tokens, open) {
    let depth = 0;
    for (let i = open; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind !== 'punct')
            continue;
        if (t.value === '{' || t.value === '(' || t.value === '[')
            depth++;
        else if (t.value === '}' || t.value === ')' || t.value === ']') {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return tokens.length;
}
/** Each `key: value` of the object opened at `open` (value as a token span), and whether it spreads. */
function objectProperties(tokens, open) {
    const end = closing(tokens, open);
    const entries = new Map();
    let spread = false;
    let i = open + 1;
    while (i < end) {
        const key = tokens[i];
        if (key.value === '...')
            spread = true;
        let j = i;
        while (j < end) {
            const t = tokens[j];
            if (t.kind === 'punct' && (t.value === '{' || t.value === '(' || t.value === '['))
                j = closing(tokens, j);
            else if (t.kind === 'punct' && t.value === ',')
                break;
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
function literalPath(tokens, span, key) {
    const parts = stringValue(tokens, span);
    if (parts === undefined)
        return { kind: 'unreadable', key, why: 'not a plain string, template or path.join of strings' };
    return { kind: 'path', path: joinPath('', parts), key };
}
function stringValue(tokens, span) {
    const first = tokens[span.start];
    if (!first || span.end <= span.start)
        return undefined;
    if (span.end === span.start + 1 &&
        (first.kind === 'string' || (first.kind === 'template' && !first.value.includes('\u0000'))))
        return first.value;
    // path.join("db", "migrations") / join(…) / path.resolve(__dirname, …) / path.posix.join(…)
    let i = span.start;
    const callee = [];
    while (i < span.end && tokens[i].value !== '(')
        callee.push(tokens[i++].value);
    const name = callee.join('');
    if (!/^(?:(?:path|node:path)\.(?:posix\.)?)?(?:join|resolve)$/.test(name))
        return undefined;
    if (closing(tokens, i) !== span.end - 1)
        return undefined;
    const args = [];
    let arg = [];
    for (let k = i + 1; k < span.end; k++) {
        const t = tokens[k];
        if (k === span.end - 1 || (t.kind === 'punct' && t.value === ',')) {
            if (arg.length)
                args.push(arg.join(''));
            arg = [];
            continue;
        }
        arg.push(t.kind === 'string' ? JSON.stringify(t.value) : t.value);
    }
    const out = [];
    for (const [n, a] of args.entries()) {
        if (n === 0 && DIRNAME.has(a))
            continue;
        if (!a.startsWith('"'))
            return undefined;
        out.push(JSON.parse(a));
    }
    return out.reduce(joinPath, '');
}
/** POSIX join of repository-relative parts, without leaving the folder it starts from unnoticed. */
function joinPath(a, b) {
    const parts = `${a}/${b}`.split('/');
    const out = [];
    for (const part of parts) {
        if (part === '' || part === '.')
            continue;
        if (part === '..' && out.length && out[out.length - 1] !== '..')
            out.pop();
        else
            out.push(part);
    }
    return out.join('/');
}


/***/ }),

/***/ 787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ splitTopLevel),
/* harmony export */   H_: () => (/* binding */ loadCodeParser),
/* harmony export */   PP: () => (/* binding */ isIdent),
/* harmony export */   X: () => (/* binding */ CodeParseError),
/* harmony export */   ax: () => (/* binding */ TEMPLATE_HOLE),
/* harmony export */   c$: () => (/* binding */ isLiteral),
/* harmony export */   dl: () => (/* binding */ isPunct),
/* harmony export */   ke: () => (/* binding */ matchingClose),
/* harmony export */   qw: () => (/* binding */ tokenize)
/* harmony export */ });
/* unused harmony export CodeParserNotLoadedError */
/** Stands for a `${…}` substitution inside a template token's value. */
const TEMPLATE_HOLE = '\u0000';
/** The source did not parse as TypeScript or JavaScript. */
class CodeParseError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'CodeParseError';
    }
}
/**
 * The code parser (@babel/parser, the CLI's largest module) is loaded on first need, as the Postgres
 * parser is: a warm PR check or `rollback plan` answers from the expectation cache and never reads code,
 * and compiling the module cost it ~30–60 ms of CPU. Every reader of code is reached through an async
 * entry point that awaits `loadCodeParser()` first.
 */
let babel;
let loading;
function loadCodeParser() {
    loading ??= __webpack_require__.e(/* import() */ 429).then(__webpack_require__.bind(__webpack_require__, 5429)).then((module) => {
        babel = module;
    });
    return loading;
}
/** Code was to be read before `loadCodeParser()` finished: a bug in the caller, never a file's fault. */
class CodeParserNotLoadedError extends Error {
    constructor() {
        super('internal error: the code parser was used before loadCodeParser() finished');
        this.name = 'CodeParserNotLoadedError';
    }
}
const KEEP_TOGETHER = new Set(['=>', '...', '?.']);
const BASE_PLUGINS = ['typescript', 'decorators-legacy'];
function babelTokens(source, jsx) {
    const ast = babel.parse(source, {
        sourceType: 'unambiguous',
        plugins: jsx ? [...BASE_PLUGINS, 'jsx'] : BASE_PLUGINS,
        tokens: true,
        errorRecovery: true,
        allowReturnOutsideFunction: true,
        allowAwaitOutsideFunction: true,
        allowImportExportEverywhere: true,
        allowUndeclaredExports: true,
    });
    return ast.tokens;
}
/**
 * Tokens of one file. `path` picks JSX (`.tsx`, `.jsx`); without it, or when the first reading fails,
 * the other one is tried (`<T>x` is a cast in .ts and an element in .tsx). Throws CodeParseError when
 * neither parses.
 */
function tokenize(source, path) {
    const jsxFirst = path !== undefined && /\.[jt]sx$/.test(path);
    // Checked before the parse, whose failures below become CodeParseError (a file's fault).
    if (!babel)
        throw new CodeParserNotLoadedError();
    let raw;
    try {
        raw = babelTokens(source, jsxFirst);
    }
    catch (first) {
        try {
            raw = babelTokens(source, !jsxFirst);
        }
        catch {
            const loc = first.loc;
            throw new CodeParseError(first instanceof Error ? first.message : String(first), loc?.line);
        }
    }
    return fromBabel(source, raw);
}
function fromBabel(source, raw) {
    const out = [];
    let lastEnd = 0;
    const push = (kind, value, t, end = t.end) => {
        const gap = source.slice(lastEnd, t.start);
        out.push({ kind, value, line: t.loc.start.line, newline: out.length === 0 || gap.includes('\n') });
        lastEnd = end;
    };
    for (let i = 0; i < raw.length; i++) {
        const t = raw[i];
        const type = typeof t.type === 'string' ? t.type : t.type.label;
        if (type === 'CommentLine' || type === 'CommentBlock' || type === 'eof' || type === 'regexp')
            continue;
        if (type === 'jsxText')
            continue;
        if (type === 'string')
            push('string', String(t.value), t);
        else if (type === 'num' || type === 'bigint' || type === 'decimal')
            push('number', source.slice(t.start, t.end), t);
        else if (type === 'name' ||
            type === 'jsxName' ||
            (typeof t.value === 'string' && /^[A-Za-z_$#]/.test(t.value) && !/[^\w$#]/.test(t.value)))
            push('ident', source.slice(t.start, t.end), t);
        else if (type === '`') {
            const { value, next } = readTemplate(source, raw, i);
            push('template', value, t, raw[next]?.end ?? source.length);
            i = next;
        }
        else {
            const text = source.slice(t.start, t.end);
            if (KEEP_TOGETHER.has(text) || text.length <= 1)
                push('punct', text, t);
            else {
                push('punct', text[0], t);
                for (const ch of text.slice(1))
                    out.push({ kind: 'punct', value: ch, line: t.loc.start.line, newline: false });
            }
        }
    }
    return out;
}
/** A template literal from its opening backtick at `open`: its cooked text and the index of its closing backtick. */
function readTemplate(source, raw, open) {
    let value = '';
    let i = open + 1;
    for (; i < raw.length; i++) {
        const t = raw[i];
        const type = typeof t.type === 'string' ? t.type : t.type.label;
        if (type === '`')
            return { value, next: i };
        if (type === 'template')
            value += typeof t.value === 'string' ? t.value : source.slice(t.start, t.end);
        else if (type === '${') {
            value += TEMPLATE_HOLE;
            // skip the substitution: braces (and nested templates' own substitutions) balance inside it
            let depth = 1;
            while (depth > 0 && ++i < raw.length) {
                const inner = raw[i];
                const label = typeof inner.type === 'string' ? inner.type : inner.type.label;
                if (label === '${' || label === '{' || label === '{|' || label === '#{')
                    depth += 1;
                else if (label === '}' || label === '|}')
                    depth -= 1;
            }
        }
    }
    return { value, next: raw.length - 1 };
}
/** The index of the bracket that closes the one at `open` (`(`, `[` or `{`), or tokens.length when unbalanced. */
function matchingClose(tokens, open) {
    const pairs = { '(': ')', '[': ']', '{': '}' };
    const stack = [];
    for (let i = open; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind !== 'punct')
            continue;
        const close = pairs[t.value];
        if (close)
            stack.push(close);
        else if (t.value === ')' || t.value === ']' || t.value === '}') {
            // tolerate a stray closer of another kind: pop until it matches
            while (stack.length && stack[stack.length - 1] !== t.value)
                stack.pop();
            stack.pop();
            if (!stack.length)
                return i;
        }
    }
    return tokens.length;
}
/** Split tokens[start, end) at top-level commas (brackets nest). */
function splitTopLevel(tokens, start, end, separator = ',') {
    const parts = [];
    let current = [];
    for (let i = start; i < end; i++) {
        const t = tokens[i];
        if (t.kind === 'punct' && (t.value === '(' || t.value === '[' || t.value === '{')) {
            const close = Math.min(matchingClose(tokens, i), end - 1);
            current.push(...tokens.slice(i, close + 1));
            i = close;
        }
        else if (t.kind === 'punct' && t.value === separator) {
            parts.push(current);
            current = [];
        }
        else
            current.push(t);
    }
    if (current.length)
        parts.push(current);
    return parts;
}
const isPunct = (t, value) => t?.kind === 'punct' && t.value === value;
const isIdent = (t, value) => t?.kind === 'ident' && (value === undefined || t.value === value);
/** A string literal, or a template without substitutions: a name written in code. */
const isLiteral = (t) => t?.kind === 'string' || (t?.kind === 'template' && !t.value.includes(TEMPLATE_HOLE));


/***/ })

};
