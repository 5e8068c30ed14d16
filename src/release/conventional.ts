import type { Bump } from './release-id.js';

const HEADER = /^(?<type>[A-Za-z]+)(?:\([^()\r\n]*\))?(?<bang>!)?:\s/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:\s/m;

/** The bump one commit message asks for under Conventional Commits: `!`/BREAKING CHANGE → major, feat → minor. */
export function bumpOfCommit(message: string): Bump {
  const header = HEADER.exec(message.trimStart());
  if (header?.groups?.bang || BREAKING_FOOTER.test(message)) return 'major';
  if (header?.groups?.type?.toLowerCase() === 'feat') return 'minor';
  return 'patch';
}

const RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/** The largest bump among commits since the last release; patch when there are none or none say more. */
export function bumpFromCommits(messages: readonly string[]): Bump {
  let bump: Bump = 'patch';
  for (const message of messages) {
    const b = bumpOfCommit(message);
    if (RANK[b] > RANK[bump]) bump = b;
  }
  return bump;
}
