import { spawn } from 'node:child_process';

/**
 * Read many files of one commit through a single `git cat-file --batch` process. Spawning `git show`
 * per file costs several milliseconds each (seconds for a tree of a few thousand source files); one
 * batch process streams them all. Files over `maxBytes`, missing paths and paths git cannot name on one
 * line are left out.
 */
export async function readBlobs(
  root: string,
  ref: string,
  paths: readonly string[],
  maxBytes: number,
): Promise<Map<string, Buffer>> {
  const wanted = paths.filter((p) => !p.includes('\n'));
  if (!wanted.length) return new Map();
  const sizes = await catFile(
    root,
    ['--batch-check'],
    wanted.map((p) => `${ref}:${p}`),
  );
  const small = wanted.filter((_, i) => {
    const size = sizes[i]?.size;
    return size !== undefined && size <= maxBytes;
  });
  const blobs = await catFile(
    root,
    ['--batch'],
    small.map((p) => `${ref}:${p}`),
  );
  const out = new Map<string, Buffer>();
  small.forEach((path, i) => {
    const blob = blobs[i];
    if (blob?.content) out.set(path, blob.content);
  });
  return out;
}

interface BatchEntry {
  size?: number;
  content?: Buffer;
}

/** Run `git cat-file <mode>` with one object name per line; one entry per request, in order. */
function catFile(root: string, mode: string[], requests: readonly string[]): Promise<BatchEntry[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', ['cat-file', ...mode], {
      cwd: root,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const withContent = mode.includes('--batch');
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed: ${stderr.trim() || `exit ${code}`}`));
      resolvePromise(parseBatch(Buffer.concat(chunks), requests.length, withContent));
    });
    child.stdin.on('error', () => {}); // a failing git closes stdin early; the close handler reports it
    child.stdin.end(requests.map((r) => `${r}\n`).join(''));
  });
}

/** `<oid> <type> <size>\n[<content>\n]` per object, or `<name> missing\n`. */
function parseBatch(out: Buffer, count: number, withContent: boolean): BatchEntry[] {
  const entries: BatchEntry[] = [];
  let pos = 0;
  while (entries.length < count && pos < out.length) {
    const eol = out.indexOf(0x0a, pos);
    if (eol === -1) break;
    const header = out.subarray(pos, eol).toString('utf8');
    pos = eol + 1;
    const m = / (blob|tree|commit|tag) (\d+)$/.exec(header);
    if (!m) {
      entries.push({}); // missing or ambiguous
      continue;
    }
    const size = Number(m[2]);
    if (withContent) {
      entries.push(m[1] === 'blob' ? { size, content: out.subarray(pos, pos + size) } : { size });
      pos += size + 1;
    } else entries.push(m[1] === 'blob' ? { size } : {});
  }
  return entries;
}
