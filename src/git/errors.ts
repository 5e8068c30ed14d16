import { UsageError } from '../core/errors.js';

/**
 * The checkout lacks the history to find a base: a shallow clone (actions/checkout's default depth 1)
 * does not reach the merge base. Nothing can be compared, so nothing may pass.
 */
export class ShallowCloneError extends UsageError {
  constructor(what: string) {
    super(
      `${what} is not in this shallow clone, so there is nothing to compare the change with; fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) or pass --base REF`,
    );
  }
}

/** No base could be chosen at all: no --base, no pull request, and no default branch to find. */
export class NoBaseError extends UsageError {}
