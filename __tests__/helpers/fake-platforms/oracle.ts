/**
 * A platform's published API description (a trimmed OpenAPI document under
 * __tests__/fixtures/deploy-apis, see SOURCE.md there) as a test oracle: route matching, then the
 * request's path/query parameters and JSON body and the fake's response validated with ajv.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { toJsonSchema } from '../fake-github/openapi.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Operation {
  method: string;
  pathTemplate: string;
  operationId: string;
  params: Record<string, string>;
  operation: JsonObject;
}

export class ApiOracle {
  private readonly doc: JsonObject;
  private readonly ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(file: string) {
    this.doc = JSON.parse(
      readFileSync(new URL(`../../fixtures/deploy-apis/${file}`, import.meta.url), 'utf8'),
    ) as JsonObject;
    addFormatsModule.default(this.ajv);
  }

  /** `$ref`s resolved in place (the documents are small and acyclic). */
  private deref(node: Json, seen: string[] = []): Json {
    if (Array.isArray(node)) return node.map((n) => this.deref(n, seen));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string') {
      if (seen.includes(ref)) return {};
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<Json | undefined>((at, key) => (isObject(at) ? at[key] : undefined), this.doc);
      if (target === undefined) throw new Error(`unresolved ${ref}`);
      return this.deref(target, [...seen, ref]);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, this.deref(v, seen)]));
  }

  match(method: string, pathname: string): Operation | undefined {
    const parts = pathname.replace(/\/+$/, '').split('/').slice(1).map(decodeURIComponent);
    for (const [template, item] of Object.entries(this.doc.paths as JsonObject)) {
      if (!isObject(item)) continue;
      const operation = item[method.toLowerCase()];
      if (!isObject(operation)) continue;
      const segs = template.split('/').slice(1);
      if (segs.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = segs.every((s, i) => {
        const m = /^\{(.+)\}$/.exec(s);
        if (m) return (params[m[1]!] = parts[i]!) !== '';
        return s === parts[i];
      });
      if (ok)
        return {
          method: method.toLowerCase(),
          pathTemplate: template,
          operationId: String(operation.operationId),
          params,
          operation: this.deref(operation) as JsonObject,
        };
    }
    return undefined;
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let v = this.cache.get(key);
    if (!v) {
      v = this.ajv.compile(toJsonSchema(schema) as JsonObject);
      this.cache.set(key, v);
    }
    return v;
  }

  /** Problems with the query parameters and the JSON body of a request to `op`. */
  validateRequest(op: Operation, query: URLSearchParams, body: unknown): string[] {
    const problems: string[] = [];
    const parameters = Array.isArray(op.operation.parameters) ? op.operation.parameters.filter(isObject) : [];
    const known = new Set(parameters.filter((p) => p.in === 'query').map((p) => String(p.name)));
    for (const name of query.keys())
      if (!known.has(name)) problems.push(`query parameter ${name} is not described`);
    for (const p of parameters.filter((x) => x.in === 'query')) {
      const values = query.getAll(String(p.name));
      if (values.length === 0) {
        if (p.required === true) problems.push(`query parameter ${String(p.name)} is required`);
        continue;
      }
      const schema = isObject(p.schema) ? p.schema : {};
      const coerce = (raw: string, type: Json | undefined): Json =>
        type === 'integer' || type === 'number'
          ? Number(raw)
          : type === 'boolean'
            ? raw === 'true'
              ? true
              : raw === 'false'
                ? false
                : raw
            : raw;
      const value: Json =
        schema.type === 'array'
          ? values
              .flatMap((v) => v.split(','))
              .map((v) => coerce(v, isObject(schema.items) ? schema.items.type : undefined))
          : coerce(values[0]!, schema.type);
      const v = this.validator(`${op.operationId} query ${String(p.name)}`, schema);
      if (!v(value))
        problems.push(
          `query parameter ${String(p.name)}=${values.join(',')}: ${v.errors?.[0]?.message ?? 'invalid'}`,
        );
    }
    const rb = op.operation.requestBody;
    if (!isObject(rb)) {
      if (body !== undefined) problems.push('a body was sent, but the operation takes none');
      return problems;
    }
    if (body === undefined) {
      if (rb.required === true) problems.push('request body is required');
      return problems;
    }
    const schema =
      isObject(rb.content) && isObject(rb.content['application/json'])
        ? rb.content['application/json'].schema
        : undefined;
    if (schema !== undefined) {
      const v = this.validator(`${op.operationId} request`, schema);
      if (!v(body))
        problems.push(...(v.errors ?? []).map((e) => `request body ${e.instancePath || '/'} ${e.message}`));
    }
    return problems;
  }

  /** Problems with a response the fake is about to send (undocumented status, wrong shape). */
  validateResponse(op: Operation, status: number, body: unknown): string[] {
    const responses = isObject(op.operation.responses) ? op.operation.responses : {};
    const response = responses[String(status)] ?? responses.default;
    if (!isObject(response)) return [`status ${status} is not documented`];
    const media = isObject(response.content) ? response.content['application/json'] : undefined;
    const schema = isObject(media) ? media.schema : undefined;
    if (schema === undefined)
      return body === undefined ? [] : [`status ${status} is documented without a JSON body`];
    if (body === undefined) return [`status ${status} must have a JSON body`];
    const v = this.validator(`${op.operationId} ${status}`, schema);
    return v(body)
      ? []
      : (v.errors ?? []).slice(0, 5).map((e) => `response ${status} ${e.instancePath || '/'} ${e.message}`);
  }
}
