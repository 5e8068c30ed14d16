import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { ROOT } from './cli.js';

export const SARIF_SCHEMA_PATH = join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

let validator: ValidateFunction | undefined;

/**
 * The official SARIF 2.1.0 schema, compiled with ajv (draft-07). The file declares draft-04, whose
 * meta-schema ajv 8 does not ship; it uses no draft-04-only keyword, so `$schema`/`id` are dropped.
 * One `language` pattern (`...]?$`) is invalid with the `u` flag, so patterns compile without it.
 */
function sarifValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
    delete schema.$schema;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormatsModule.default(ajv);
    validator = ajv.compile(schema);
  }
  return validator;
}

/** Schema violations of a SARIF log (text or parsed), as `path message` lines; empty when valid. */
export function sarifErrors(log: string | unknown): string[] {
  const data: unknown = typeof log === 'string' ? JSON.parse(log) : log;
  const validate = sarifValidator();
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}
