import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Settings } from '../../config/settings.js';
import { UsageError } from '../../core/errors.js';
import { readablePathInsideRepo } from '../../git/inside-repo.js';
import type { Logger } from '../../core/gate.js';
import type { GitHubAccess } from '../../github/access.js';
import { openGitHub } from '../../github/ledger-read.js';
import { assertReleaseName } from '../../release/names.js';
import type { PullRequestContext } from '../../github/event.js';

/** A release note's text and where it came from. */
export interface NoteText {
  body: string;
  /** For summaries: `pull request #12`, `release v1.4.2`, `RELEASE_NOTE.md`. */
  origin: string;
  /** A notes file, relative to the repository root: findings point into it. PR and release bodies have none. */
  file?: string;
  /** The note belongs to this GitHub release: its Release ID must be exactly the tag. */
  releaseTag?: string;
}

const MAX_NOTE_BYTES = 1024 * 1024;

/** Read a note or PR body file: capped, text only, UTF-8. A problem is a usage error naming the file. */
export function readNoteFile(path: string, shown: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UsageError(`${shown}: not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `${shown}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path`,
    );
  }
  if (size > MAX_NOTE_BYTES)
    throw new UsageError(`${shown}: ${size} bytes is more than the ${MAX_NOTE_BYTES}-byte limit for a note`);
  const buffer = readFileSync(path);
  if (buffer.includes(0))
    throw new UsageError(`${shown}: binary content; a release note is a Markdown text file`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${shown}: not valid UTF-8; save the note as UTF-8 text`);
  }
}

/** The body of the GitHub release for a tag, drafts included (a draft is checked before it is published). */
export async function fetchReleaseBody(
  github: GitHubAccess | undefined,
  tag: string,
  log: Logger,
): Promise<string> {
  const gh = openGitHub(github, log);
  if (!gh) {
    throw new UsageError(
      `reading the release ${tag} needs a GitHub token and repository: set GITHUB_TOKEN and GITHUB_REPOSITORY (or an origin remote on GitHub)`,
    );
  }
  const { client, owner, repo } = gh;
  try {
    const { data } = await client.rest.repos.getReleaseByTag({ owner, repo, tag });
    return data.body ?? '';
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
  // Drafts are not found by tag; look through the newest releases.
  const { data } = await client.rest.repos.listReleases({ owner, repo, per_page: 100 });
  const found = data.find((r) => r.tag_name === tag);
  if (!found) throw new UsageError(`there is no GitHub release for tag ${tag} in ${owner}/${repo}`);
  return found.body ?? '';
}

export interface NoteRequest {
  settings: Settings;
  /** The repository root, for showing and resolving notes files. */
  root: string;
  pullRequest?: PullRequestContext;
  github?: GitHubAccess;
  log: Logger;
  /** `notes check` flags. */
  release?: string;
  file?: string;
}

function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

function fromFile(root: string, cwd: string, path: string): NoteText {
  const full = resolve(cwd, path);
  const shown = displayPath(root, full);
  return { body: readNoteFile(full, shown), origin: shown, file: shown };
}

/**
 * The note to check, in order: an explicit flag; the pull request of the event; the release of the
 * event; the notes file of the config. Undefined when there is none (the caller decides what that means).
 */
export async function findNote(request: NoteRequest): Promise<NoteText | undefined> {
  const { settings, root, log } = request;
  const prBodyFile = settings.run.prBodyFile;
  const explicit = [
    request.release && '--release',
    request.file && '--file',
    prBodyFile && '--pr-body-file',
  ].filter(Boolean);
  if (explicit.length > 1)
    throw new UsageError(`pass only one of ${explicit.join(', ')}: each names a different note`);

  if (request.release) {
    return {
      body: await fetchReleaseBody(request.github, request.release, log),
      origin: `release ${request.release}`,
      releaseTag: request.release,
    };
  }
  // Like --pr-body-file, a --file path is relative to where the command runs.
  if (request.file) return fromFile(root, process.cwd(), request.file);
  if (prBodyFile) {
    const shown = displayPath(root, prBodyFile);
    return { body: readNoteFile(prBodyFile, shown), origin: `pull request body (${shown})` };
  }
  if (request.pullRequest)
    return { body: request.pullRequest.body, origin: `pull request #${request.pullRequest.number}` };

  const config = settings.config.notes;
  const tag = request.github?.releaseTag;
  if (tag && config.source !== 'file') {
    assertReleaseName(tag, "the release event's tag");
    return {
      body: await fetchReleaseBody(request.github, tag, log),
      origin: `release ${tag}`,
      releaseTag: tag,
    };
  }
  if (config.source === 'file' && config.file) {
    // notes.file comes from the repository: it must not lead out of it (a symlink, "..").
    const full = readablePathInsideRepo(root, config.file, 'notes.file');
    if (full === undefined) return { body: '', origin: config.file, file: config.file };
    return fromFile(root, root, config.file);
  }
  return undefined;
}
