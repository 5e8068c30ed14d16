/**
 * GitHub's published OpenAPI description (`@octokit/openapi`, dereferenced) as a test oracle:
 * route matching plus request/response validation with ajv.
 *
 * The description is a ~70 MB JSON file. It is read lazily on first use and cached in module
 * scope, so it is parsed at most once per jest test file (jest gives every test file its own
 * module registry). Validators are compiled lazily, one per operation and status, and cached.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface OperationMatch {
  /** Lower-case HTTP method. */
  method: HttpMethod;
  /** e.g. `issues/create-comment` */
  operationId: string;
  /** e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments` */
  pathTemplate: string;
  /** Decoded path parameters. */
  params: Record<string, string>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Segment {
  literal?: string;
  param?: string;
  /** Parameter may span several `/`-separated segments (`x-multi-segment`). */
  multi: boolean;
}

interface Route {
  method: HttpMethod;
  operationId: string;
  pathTemplate: string;
  segments: Segment[];
  operation: JsonObject;
}

const METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

let paths: JsonObject | undefined;
let routes: Map<HttpMethod, Route[]> | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction | null>();

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `paths` object of the description, parsed once per module instance. */
export function loadDescription(): JsonObject {
  if (!paths) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
    const doc: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isObject(doc) || !isObject(doc.paths)) throw new Error(`unexpected OpenAPI document in ${file}`);
    paths = doc.paths; // keep only what we use; the rest (webhooks, tags...) can be collected
  }
  return paths;
}

function buildRoutes(): Map<HttpMethod, Route[]> {
  const byMethod = new Map<HttpMethod, Route[]>(METHODS.map((m) => [m, []]));
  for (const [pathTemplate, item] of Object.entries(loadDescription())) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const multi = new Set<string>();
      const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
      for (const p of parameters) {
        if (isObject(p) && p.in === 'path' && p['x-multi-segment'] === true && typeof p.name === 'string') {
          multi.add(p.name);
        }
      }
      const segments = pathTemplate
        .split('/')
        .slice(1)
        .map((s): Segment => {
          const m = /^\{([^}]+)\}$/.exec(s);
          return m?.[1] ? { param: m[1], multi: multi.has(m[1]) } : { literal: s, multi: false };
        });
      const operationId =
        typeof operation.operationId === 'string' ? operation.operationId : `${method} ${pathTemplate}`;
      byMethod.get(method)?.push({ method, operationId, pathTemplate, segments, operation });
    }
  }
  return byMethod;
}

/** Rank of a segment kind: literal beats single parameter beats multi-segment parameter. */
function rank(s: Segment): number {
  return s.literal !== undefined ? 2 : s.multi ? 0 : 1;
}

function matchSegments(
  route: Segment[],
  parts: string[],
  ri: number,
  pi: number,
  out: Record<string, string>,
): boolean {
  if (ri === route.length) return pi === parts.length;
  const seg = route[ri];
  if (!seg || pi >= parts.length) return false;
  if (seg.literal !== undefined)
    return seg.literal === parts[pi] && matchSegments(route, parts, ri + 1, pi + 1, out);
  const name = seg.param ?? '';
  const maxEnd = seg.multi ? parts.length : pi + 1;
  for (let end = maxEnd; end > pi; end--) {
    const value = parts.slice(pi, end).join('/');
    if (value === '') continue;
    if (matchSegments(route, parts, ri + 1, end, out)) {
      out[name] = value;
      return true;
    }
  }
  return false;
}

function compareRoutes(a: Route, b: Route): number {
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const sa = a.segments[i];
    const sb = b.segments[i];
    if (sa && sb && rank(sa) !== rank(sb)) return rank(sb) - rank(sa);
  }
  return b.segments.length - a.segments.length;
}

/**
 * Find the described operation for a method and a URL pathname (no query string).
 * Segments are percent-decoded; when several templates match, literal segments win over params.
 */
export function matchOperation(method: string, pathname: string): OperationMatch | undefined {
  routes ??= buildRoutes();
  const m = method.toLowerCase() as HttpMethod;
  const candidates = routes.get(m);
  if (!candidates) return undefined;
  let parts: string[];
  try {
    parts = pathname.replace(/\/+$/, '').split('/').slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
  let best: { route: Route; params: Record<string, string> } | undefined;
  for (const route of candidates) {
    const params: Record<string, string> = {};
    if (!matchSegments(route.segments, parts, 0, 0, params)) continue;
    if (!best || compareRoutes(route, best.route) < 0) best = { route, params };
  }
  if (!best) return undefined;
  return {
    method: m,
    operationId: best.route.operationId,
    pathTemplate: best.route.pathTemplate,
    params: best.params,
  };
}

function operationOf(op: Pick<OperationMatch, 'method' | 'pathTemplate'>): JsonObject {
  const item = loadDescription()[op.pathTemplate];
  const operation = isObject(item) ? item[op.method] : undefined;
  if (!isObject(operation)) throw new Error(`no operation ${op.method.toUpperCase()} ${op.pathTemplate}`);
  return operation;
}

const DROPPED = new Set([
  'nullable',
  'example',
  'examples',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
]);

/** OpenAPI 3.0 schema object → JSON Schema (draft-07) that ajv understands. */
export function toJsonSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if ((key === 'properties' || key === 'patternProperties') && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]));
    } else if (['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf'].includes(key)) {
      out[key] = toJsonSchema(value);
    } else {
      out[key] = value;
    }
  }
  if (schema.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

function getAjv(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
    addFormatsModule.default(ajv);
    // OpenAPI / GitHub specific formats that carry no checkable constraint for us.
    for (const name of ['timestamp', 'repo.nwo', 'binary']) ajv.addFormat(name, true);
  }
  return ajv;
}

function compiled(key: string, schema: () => Json | undefined): ValidateFunction | null {
  if (!validators.has(key)) {
    const s = schema();
    validators.set(key, s === undefined ? null : getAjv().compile(toJsonSchema(s) as JsonObject));
  }
  return validators.get(key) ?? null;
}

function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

function jsonSchemaOf(content: Json | undefined): Json | undefined {
  if (!isObject(content)) return undefined;
  const media = content['application/json'];
  return isObject(media) && media.schema !== undefined ? media.schema : undefined;
}

/**
 * Validate a parsed JSON request body (`undefined` = no body) against the operation's
 * `requestBody`. Returns human-readable problems; empty when valid.
 */
export function validateRequestBody(
  op: Pick<OperationMatch, 'method' | 'pathTemplate'>,
  body: unknown,
): string[] {
  const requestBody = operationOf(op).requestBody;
  if (!isObject(requestBody)) return [];
  if (body === undefined) return requestBody.required === true ? ['request body is required'] : [];
  const validate = compiled(`${op.method} ${op.pathTemplate} request`, () =>
    jsonSchemaOf(requestBody.content),
  );
  if (!validate || validate(body)) return [];
  return formatErrors(validate.errors).map((e) => `request body ${e}`);
}

/** Status codes the description documents for an operation (plus `default` if present). */
export function documentedStatuses(op: Pick<OperationMatch, 'method' | 'pathTemplate'>): string[] {
  const responses = operationOf(op).responses;
  return isObject(responses) ? Object.keys(responses) : [];
}

/**
 * Validate a response the fake is about to send. `body` is the parsed JSON (`undefined` = empty).
 * An undocumented status code (with no `default`) is a violation.
 */
export function validateResponse(
  op: Pick<OperationMatch, 'method' | 'pathTemplate'>,
  status: number,
  body: unknown,
): string[] {
  const responses = operationOf(op).responses;
  const response = isObject(responses) ? (responses[String(status)] ?? responses.default) : undefined;
  if (!isObject(response)) return [`status ${status} is not documented for this operation`];
  const schema = jsonSchemaOf(response.content);
  if (schema === undefined) {
    return body === undefined || body === '' ? [] : [`status ${status} is documented without a JSON body`];
  }
  if (body === undefined) return [`status ${status} must have a JSON body`];
  const validate = compiled(`${op.method} ${op.pathTemplate} ${status}`, () => schema);
  if (!validate || validate(body)) return [];
  return formatErrors(validate.errors).map((e) => `response ${status} ${e}`);
}
