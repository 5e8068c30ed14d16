import { createHash } from 'node:crypto';

/**
 * Reading a content-cache entry back (the parse store, the replay cache, the expectation store:
 * docs/caching.md): every field is checked for its type as it is read, and the first one that is not
 * what was written throws `InvalidEntry`, which the reader turns into "not stored" (the entry is rebuilt,
 * never trusted).
 */
export class InvalidEntry extends Error {}

export function obj(v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new InvalidEntry();
  return v as Record<string, unknown>;
}
export function list(v: unknown): unknown[] {
  if (!Array.isArray(v)) throw new InvalidEntry();
  return v;
}
export function str(v: unknown): string {
  if (typeof v !== 'string') throw new InvalidEntry();
  return v;
}
/** A non-negative safe integer (a count, an offset, a line). */
export function nat(v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new InvalidEntry();
  return v;
}
export function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') throw new InvalidEntry();
  return v;
}
export function oneOf<T extends string>(v: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(v as T)) throw new InvalidEntry();
  return v as T;
}

/** The hex SHA-256 of an entry's payload, stored beside it and compared on read. */
export function payloadSha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
