import { PLAIN_RUNNER } from '../runners.js';
import { aloneAdvice, base, byGlobs, up } from './layout.js';
import type { Layout } from './layout.js';

const GLOBS = ['migrations/*.sql', '**/migrations/*.sql', 'db/migrations/*.sql', '**/db/migrations/*.sql'];

/** Plain SQL files in a migrations folder, run in name order by psql -f or a hand-rolled runner. */
export const PLAIN: Layout = {
  id: 'plain',
  name: 'plain SQL',
  globs: GLOBS,
  match: byGlobs(GLOBS, (p) => up(base(p))),
  foundByPrismaFolders: false,
  sharesPlainFolders: true,
  runner: () => PLAIN_RUNNER,
  assumesSupabasePlatform: false,
  outsideTransaction: aloneAdvice,
};
