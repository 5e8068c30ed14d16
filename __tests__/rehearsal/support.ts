import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/core/finding.js';
import type { Report } from '../../src/core/report.js';
import type { RehearsalData } from '../../src/gates/rehearsal/gate.js';
import { TempRepo } from '../support/git-repo.js';

export interface RehearseRun {
  code: number;
  report: Report & { rehearsal?: RehearsalData };
  stderr: string;
  /** The temp folders of local servers this run started (from the log). */
  serverDirs: string[];
}

/** Run `rollback-ready rehearse --format json` in-process on a repository, as the CLI does. */
export async function rehearse(
  repo: TempRepo,
  args: string[] = [],
  command = 'rehearse',
): Promise<RehearseRun> {
  let stdout = '';
  let stderr = '';
  const code = await main([command, '--format', 'json', ...args], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: repo.dir,
    env: { NO_COLOR: '1' },
  });
  if (code === 2) throw new Error(`${command} exited 2: ${stderr}`);
  const serverDirs = [...stderr.matchAll(/ in (\/\S*rr-pg-[A-Za-z0-9]+)/g)].map((m) => m[1]!);
  return { code, report: JSON.parse(stdout) as RehearseRun['report'], stderr, serverDirs };
}

/** A repository with one commit on main (the base) and a branch `pr` holding the change. */
export function repoWithChange(base: Record<string, string>, change: Record<string, string>): TempRepo {
  const repo = new TempRepo('rr-rehearsal-');
  for (const [path, text] of Object.entries(base)) repo.write(path, text);
  repo.write('README.md', 'app\n');
  repo.commit('base');
  repo.branch('pr');
  for (const [path, text] of Object.entries(change)) repo.write(path, text);
  repo.commit('change');
  return repo;
}

export function findingsOf(run: RehearseRun, rule?: string): Finding[] {
  return run.report.findings.filter((f) => f.gate === 'rehearsal' && (!rule || f.rule === rule));
}

/** Nothing of ours may outlive a run: no temp folder, no postgres process started in it. */
export function expectNothingLeftBehind(dirs: readonly string[]): void {
  for (const dir of dirs) {
    if (existsSync(dir)) throw new Error(`temp folder ${dir} was left behind`);
    const processes = postgresProcessesIn(dir);
    if (processes) throw new Error(`postgres processes left behind in ${dir}:\n${processes}`);
  }
}

export function postgresProcessesIn(dir: string): string {
  try {
    return execFileSync('pgrep', ['-af', dir], { encoding: 'utf8' }).trim();
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
}
