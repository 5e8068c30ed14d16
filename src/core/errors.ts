/**
 * A mistake the user can fix: a bad flag, config key, unreadable file or invalid ref name.
 * It ends the run with exit code 2 and one line on stderr; it never prints a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(message: string) {
    super(oneLine(message));
  }
}

/** Collapse whitespace so a message stays on one line whatever text it quotes. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
