/**
 * `JSON.stringify(value, null, 2)` as pieces whose concatenation is exactly that text. A report of
 * 20,000 findings is 20 MB of JSON: as one string V8 builds it as a rope of parts, copies it whole on
 * the first read and encodes it into one 20 MB buffer to write it (with a full garbage collection
 * for each; --cpu-prof). As pieces of a few hundred elements each, none of that happens.
 *
 * Every piece is still made by JSON.stringify: the big arrays are cut into slices, and each slice (or
 * member of an object on the way to one) is stringified inside as many wrapping arrays as it is deep,
 * so JSON.stringify indents it as it would in place; the wrapping is then cut off.
 */

/** Arrays longer than this are cut into slices of this many elements. */
const SLICE = 128;
/** Small arrays on the way to a big one (SARIF's `runs`) are opened up to this length. */
const SMALL = 8;
/** How deep big arrays are looked for. */
const MAX_DEPTH = 4;

export function prettyJsonPieces(value: unknown): string[] {
  if (!opensUp(value, 0)) return [JSON.stringify(value, null, 2)];
  const out: string[] = [];
  render(value, 0, out);
  return out;
}

const hasToJson = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function';

function isPlainArray(v: unknown): v is unknown[] {
  return Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype && !hasToJson(v);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || hasToJson(v)) return false;
  const prototype: unknown = Object.getPrototypeOf(v);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Rendered here rather than by one JSON.stringify: a big array of elements without toJSON (a slice
 * would pass them other indexes), or plain data on the way to one.
 */
function opensUp(v: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (isPlainArray(v)) {
    if (v.some(hasToJson)) return false;
    if (v.length > SLICE) return true;
    return v.length <= SMALL && v.some((item) => opensUp(item, depth + 1));
  }
  return isPlainObject(v) && Object.values(v).some((item) => opensUp(item, depth + 1));
}

const pad = (depth: number) => '  '.repeat(depth);

function render(v: unknown, depth: number, out: string[]): void {
  if (Array.isArray(v)) {
    out.push('[\n');
    if (v.length > SLICE) {
      for (let at = 0; at < v.length; at += SLICE) {
        out.push(elementsAt(v.slice(at, at + SLICE), depth, at + SLICE < v.length));
      }
    } else {
      v.forEach((item, i) => {
        out.push(i ? `,\n${pad(depth + 1)}` : pad(depth + 1));
        if (opensUp(item, depth + 1)) render(item, depth + 1, out);
        else out.push(valueAt(item, depth + 1));
      });
    }
    out.push(`\n${pad(depth)}]`);
    return;
  }
  const object = v as Record<string, unknown>;
  out.push('{\n');
  let first = true;
  for (const key of Object.keys(object)) {
    const item = object[key];
    if (opensUp(item, depth + 1)) {
      out.push(`${first ? '' : ',\n'}${pad(depth + 1)}${JSON.stringify(key)}: `);
      render(item, depth + 1, out);
    } else {
      const member = memberAt(key, item, depth);
      if (member === undefined) continue;
      out.push(first ? member : `,\n${member}`);
    }
    first = false;
  }
  out.push(`\n${pad(depth)}}`);
}

/** `value` nested in `depth` arrays, so JSON.stringify indents it as it would at that depth. */
function nested(value: unknown, depth: number): unknown {
  let v = value;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** How many characters the wrapping arrays add before (its indent included) and after a value nested `depth` deep. */
const shells = new Map<number, [number, number]>();
function shellAt(depth: number): [number, number] {
  let shell = shells.get(depth);
  if (!shell) {
    const text = JSON.stringify(nested(0, depth), null, 2);
    const at = text.indexOf('0');
    shells.set(depth, (shell = [at, text.length - at - 1]));
  }
  return shell;
}

/** A value as JSON.stringify writes it at `depth` (its first line not indented: it follows a key or a pad). */
function valueAt(value: unknown, depth: number): string {
  const [before, after] = shellAt(depth);
  const text = JSON.stringify(nested(value, depth), null, 2);
  return text.slice(before, text.length - after);
}

/** `  "key": value` as a member of an object at `depth`, or undefined when JSON leaves it out. */
function memberAt(key: string, value: unknown, depth: number): string | undefined {
  const [before, after] = shellAt(depth);
  // A one-member object, so JSON.stringify calls a toJSON with the member's own key.
  const text = JSON.stringify(nested({ [key]: value }, depth), null, 2);
  const object = text.slice(before, text.length - after);
  if (object === '{}') return undefined;
  return object.slice(2, object.length - 2 - 2 * depth);
}

/**
 * The elements of an array at `depth`, each on its own lines, as they stand between its brackets;
 * with the comma and line feed that follow them when `more` come. Those are cut from the text of
 * one more element: a piece that ends a line is written without being copied again (safe-text.ts).
 */
function elementsAt(items: unknown[], depth: number, more: boolean): string {
  const [before, after] = shellAt(depth);
  const text = JSON.stringify(nested(more ? [...items, 0] : items, depth), null, 2);
  // The closing "\n", indent and "]"; with `more`, also the extra element's indent and "0".
  const tail = 2 + 2 * depth + (more ? 2 * (depth + 1) + 1 : 0);
  return text.slice(before + 2, text.length - after - tail);
}
