import type { Finding } from '../../core/finding.js';
import { docsUrl } from './engine.js';

type ReadText = (path: string) => Promise<string | undefined>;

interface JournalEntry {
  tag: string;
  when: number;
}

const JOURNAL = /(?:^|\/)meta\/_journal\.json$/;

/**
 * drizzle-orm's migrator knows a migration by its journal entry's `when`, not its name: it runs an
 * entry only when `when` is after the newest `created_at` the database recorded (pg-core/dialect.ts).
 * An entry the change adds whose `when` is not after every entry before it (two branches generated
 * migrations, the older one merged last; a hand-edited journal) is skipped without a word on every
 * database that ran the entries before it; a tag listed twice runs its file twice. Journals the change
 * did not touch are not read.
 */
export async function drizzleJournalFindings(
  changedPaths: Iterable<string>,
  readHead: ReadText,
  readBase: ReadText,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const path of changedPaths) {
    if (!JOURNAL.test(path) || path.includes('node_modules/')) continue;
    const text = await readHead(path);
    const head = text === undefined ? undefined : entriesOf(text);
    if (!head || text === undefined) continue; // gone, or not JSON: drizzle-kit itself stops on it
    const before = new Set((entriesOf((await readBase(path)) ?? '') ?? []).map((e) => e.tag));
    let newest = -Infinity;
    let newestTag = '';
    const seen = new Set<string>();
    for (const [index, entry] of head.entries()) {
      const added = !before.has(entry.tag);
      if (added && seen.has(entry.tag))
        findings.push(
          journalFinding(
            path,
            text,
            index,
            `lists ${entry.tag} twice, so drizzle-orm runs ${entry.tag}.sql twice and the second run fails or repeats its changes`,
            `Remove the second ${entry.tag} entry from ${path}.`,
          ),
        );
      else if (added && entry.when <= newest)
        findings.push(
          journalFinding(
            path,
            text,
            index,
            `gives ${entry.tag} the time ${entry.when}, not after ${newestTag}'s ${newest}: drizzle-orm runs an entry only when its time is after the newest migration a database recorded, so every database that ran ${newestTag} never runs ${entry.tag}, without a word`,
            `Regenerate it after the newer migrations: delete ${entry.tag}.sql, its snapshot and its journal entry, and run drizzle-kit generate again, so its entry comes last with the newest time (or set its "when" to a time after ${newest}, if it must keep its SQL).`,
          ),
        );
      seen.add(entry.tag);
      if (entry.when > newest) {
        newest = entry.when;
        newestTag = entry.tag;
      }
    }
  }
  return findings;
}

function entriesOf(text: string): JournalEntry[] | undefined {
  try {
    const journal = JSON.parse(text) as { entries?: unknown };
    if (!Array.isArray(journal.entries)) return undefined;
    return journal.entries.flatMap((e: unknown) => {
      const { tag, when } = (e ?? {}) as { tag?: unknown; when?: unknown };
      return typeof tag === 'string' && typeof when === 'number' ? [{ tag, when }] : [];
    });
  } catch {
    return undefined;
  }
}

/** The finding on the line of the entry's `"tag"` (the index-th in the file). */
function journalFinding(path: string, text: string, index: number, what: string, help: string): Finding {
  const at = [...text.matchAll(/"tag"\s*:/g)][index]?.index;
  const line = at === undefined ? 1 : text.slice(0, at).split('\n').length;
  return {
    gate: 'migrations',
    rule: 'duplicate-migration-version',
    severity: 'error',
    file: path,
    line,
    column: 1,
    message: `This drizzle-kit journal ${what}.`,
    help,
    docs: docsUrl('duplicate-migration-version'),
    class: 'unknown',
  };
}
