/** The sticky comment is found by its marker AND its author: a marked comment by anyone else is never edited. */
import { describe, expect, it } from '@jest/globals';
import { COMMENT_MARKER, upsertStickyComment } from '../../src/github/sticky-comment.js';
import type { IssueComment, IssueCommentsApi } from '../../src/github/sticky-comment.js';

function api(comments: IssueComment[], me?: string): IssueCommentsApi & { updated: number[]; created: string[] } {
  const updated: number[] = [];
  const created: string[] = [];
  return {
    updated,
    created,
    list: async () => comments,
    create: async (_n, body) => {
      created.push(body);
      return { id: 99, body };
    },
    update: async (id) => void updated.push(id),
    ...(me ? { identity: async () => me } : {}),
  };
}

describe('upsertStickyComment and authorship', () => {
  const marked = (id: number, author?: string): IssueComment => ({
    id,
    body: `${COMMENT_MARKER}\nold`,
    ...(author ? { author } : {}),
  });

  it('updates the marked comment our identity wrote', async () => {
    const a = api([marked(1, 'mallory'), marked(2, 'github-actions[bot]')], 'github-actions[bot]');
    expect(await upsertStickyComment(a, 7, 'new')).toEqual({ action: 'updated', id: 2 });
    expect(a.updated).toEqual([2]);
  });

  it('creates its own comment when the only marked one is by someone else', async () => {
    const a = api([marked(1, 'mallory')], 'github-actions[bot]');
    expect(await upsertStickyComment(a, 7, 'new')).toEqual({ action: 'created', id: 99 });
    expect(a.updated).toEqual([]);
  });

  it('matches a personal token by its login, case-insensitively', async () => {
    const a = api([marked(3, 'Octo-Release')], 'octo-release');
    expect(await upsertStickyComment(a, 7, 'new')).toEqual({ action: 'updated', id: 3 });
  });

  it('edits nothing when it cannot tell who it is (no identity): it creates a comment instead', async () => {
    const a = api([marked(1, 'github-actions[bot]')]);
    expect(await upsertStickyComment(a, 7, 'new')).toEqual({ action: 'created', id: 99 });
    expect(a.updated).toEqual([]);
  });
});
