import { UsageError } from '../core/errors.js';

/**
 * Is a release ID safe to use as a tag name? A pure reimplementation of `git check-ref-format`
 * (applied to `refs/tags/<name>`), plus what a tag name must never carry because workflows pass it
 * around: shell metacharacters, a leading `-` (option injection), non-ASCII lookalikes.
 * Returns the first reason it is not, or undefined when it is fine.
 */
export function refNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name.length > 200) return `it is ${name.length} characters long (at most 200)`;
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001f\u007f]/.exec(name);
  if (control) return `it contains a control character (${describeChar(control[0])})`;
  if (/[^\u0020-\u007e]/.test(name)) return 'it contains a non-ASCII character';
  if (name.includes('@{')) return 'it contains "@{", which git reads as a reflog selector';
  const shell = /[$`;|&'"<>(){}!#%*?[\]\\~^:]/.exec(name);
  if (shell) return `it contains "${shell[0]}", which git or a shell treats specially`;
  if (name.includes(' ')) return 'it contains a space';
  if (name.startsWith('-')) return 'it starts with "-", which commands read as an option';
  if (name === '@') return 'it is "@", which git reads as HEAD';
  if (name.includes('..')) return 'it contains "..", which git reads as a range';
  if (name.startsWith('/') || name.endsWith('/')) return 'it starts or ends with "/"';
  if (name.includes('//')) return 'it contains "//"';
  if (name.endsWith('.')) return 'it ends with "."';
  for (const component of name.split('/')) {
    if (component.startsWith('.')) return `its part "${component}" starts with "."`;
    if (component.endsWith('.lock')) return `its part "${component}" ends with ".lock"`;
  }
  return undefined;
}

function describeChar(ch: string): string {
  if (ch === '\n') return 'a newline';
  if (ch === '\r') return 'a carriage return';
  if (ch === '\t') return 'a tab';
  return `U+${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
}

/** A name shown in a one-line message: quoted, with newlines and control characters escaped. */
export function quoteName(name: string): string {
  const shown = name.length > 80 ? `${name.slice(0, 77)}...` : name;
  return JSON.stringify(shown);
}

/** A bad name given on the command line or as an input is a usage error (exit 2), never a finding. */
export function assertReleaseName(name: string, label: string): void {
  const problem = refNameProblem(name);
  if (problem) {
    throw new UsageError(
      `${label}: ${quoteName(name)} is not a valid tag name: ${problem}; use a name such as v1.4.2 or prod-2026-07-31.1`,
    );
  }
}
