import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import { classesClause } from '../../src/gates/migrations/gate.js';

const finding = (severity: Finding['severity'], cls: Finding['class']): Finding =>
  ({ gate: 'migrations', rule: 'r', severity, class: cls, message: 'm' }) as Finding;

describe('the gate summary says what the classes and findings say, never more', () => {
  it('"breaks the previous release" only when a contract finding blocks', () => {
    expect(classesClause([{ class: 'contract', findings: [finding('error', 'contract')] }], 1)).toBe(
      ', 1 contract (breaks the previous release)',
    );
  });

  it('a contract change seen only by warnings is not said to break the release', () => {
    const clause = classesClause(
      [{ class: 'contract', findings: [finding('warning', 'contract'), finding('error', 'expand')] }],
      1,
    );
    expect(clause).toBe(', 1 contract (may affect the previous release: see its warnings)');
    expect(clause).not.toContain('breaks');
  });

  it('"expand-safe" only with nothing blocking; unknown files are counted, never expand-safe', () => {
    expect(classesClause([{ class: 'expand', findings: [] }], 0)).toBe(', all expand-safe');
    expect(classesClause([{ class: 'expand', findings: [] }], 2)).toBe(', all expand');
    expect(classesClause([{ class: 'unknown', findings: [] }], 0)).toContain('1 not classified');
  });
});
