import type { BackupConfig } from '../../src/gates/backup/config.js';
import { backupConfigSchema } from '../../src/gates/backup/config.js';
import { createBackupGate } from '../../src/gates/backup/gate.js';
import type { BackupData, BackupGateOptions } from '../../src/gates/backup/gate.js';
import type { RestoreLedger, RestorePayload, RestoreRecord } from '../../src/gates/backup/restore-ledger.js';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { Finding } from '../../src/core/finding.js';
import type { GateOutcome } from '../../src/core/gate.js';
import type { GateContext } from '../../src/gates/gate.js';
import { silentLogger } from '../../src/core/gate.js';
import { GitCli } from '../../src/git/git.js';
import { TempRepo } from '../support/git-repo.js';

/** An in-memory restore record, so gate tests can see what was recorded and seed old restores. */
export class MemoryLedger implements RestoreLedger {
  readonly records: (RestoreRecord & { payload?: RestorePayload; sha?: string })[] = [];
  constructor(private readonly clock: () => Date = () => new Date()) {}
  async lastRestore(): Promise<RestoreRecord | undefined> {
    return this.records.at(-1);
  }
  async record(sha: string, payload: RestorePayload): Promise<{ id: number }> {
    const id = this.records.length + 1;
    this.records.push({ at: this.clock(), deploymentId: id, backup: payload.backup, payload, sha });
    return { id };
  }
}

let repo: TempRepo | undefined;
let head = '';

/** One small git repository shared by a test file's gate runs. */
export function gateRepo(): TempRepo {
  if (!repo) {
    repo = new TempRepo('rr-backup-');
    repo.write('README.md', 'app\n');
    head = repo.commit('init');
  }
  return repo;
}

export function removeGateRepo(): void {
  repo?.remove();
  repo = undefined;
}

export interface GateRun {
  outcome: GateOutcome;
  findings: Finding[];
  rules: string[];
  data: BackupData;
}

export async function runBackupGate(
  backup: Record<string, unknown>,
  options: Partial<BackupGateOptions> = {},
): Promise<GateRun> {
  const r = gateRepo();
  const config: BackupConfig = backupConfigSchema.parse(backup);
  const ctx: GateContext = {
    settings: {
      run: { cwd: r.dir, head: 'HEAD', format: 'json', failOn: 'error', files: [] },
      config: { ...DEFAULT_CONFIG, backup: config },
    },
    git: await GitCli.open(r.dir),
    head,
    worktree: true,
    log: silentLogger,
  };
  const gate = createBackupGate({ always: true, ledger: () => undefined, env: {}, ...options });
  const outcome = await gate.run(ctx);
  return {
    outcome,
    findings: outcome.findings,
    rules: outcome.findings.filter((f) => f.severity === 'error').map((f) => f.rule),
    data: (outcome.data as { backup: BackupData }).backup,
  };
}
