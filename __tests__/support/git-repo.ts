import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A real git repository in a temp folder, for tests that run the CLI or gates as users do. */
export class TempRepo {
  readonly dir: string;

  constructor(prefix = 'rr-repo-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'Test');
    this.git('config', 'user.email', 'test@example.com');
    this.git('config', 'commit.gpgsign', 'false');
    this.git('config', 'tag.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  }

  write(path: string, content: string | Buffer): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  commit(message: string, date = '2026-01-01T00:00:00Z'): string {
    this.git('add', '-A');
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return this.git('rev-parse', 'HEAD').trim();
  }

  tag(name: string, annotated = true): this {
    if (annotated) this.git('tag', '-a', name, '-m', `Release ${name}`);
    else this.git('tag', name);
    return this;
  }

  branch(name: string): this {
    this.git('checkout', '-q', '-b', name);
    return this;
  }

  checkout(ref: string): this {
    this.git('checkout', '-q', ref);
    return this;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
