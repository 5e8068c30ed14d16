import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { UsageError } from '../../src/core/errors.js';
import { assertReleaseName, refNameProblem } from '../../src/release/names.js';
import { repositoryFromRemoteUrl } from '../../src/release/release-git.js';

/** git's own verdict on `refs/tags/<name>`. */
function gitAccepts(name: string): boolean {
  return spawnSync('git', ['check-ref-format', `refs/tags/${name}`], { encoding: 'utf8' }).status === 0;
}

describe('release names', () => {
  it.each(['v1.4.2', 'prod-2026-07-31.1', 'release/2026.07', 'v1.5.0-rc.1', 'v1.4.2+build.7', 'a@b', 'x_y'])(
    'accepts %s',
    (name) => {
      expect(refNameProblem(name)).toBeUndefined();
      expect(gitAccepts(name)).toBe(true);
    },
  );

  it.each([
    ['', 'it is empty'],
    ['v1..0', 'it contains "..", which git reads as a range'],
    ['v1.0.0;rm -rf /', 'it contains ";", which git or a shell treats specially'],
    ['v1.0.0\n', 'it contains a control character (a newline)'],
    ['v1.0.0\r', 'it contains a control character (a carriage return)'],
    ['v1.0.0\u0000', 'it contains a control character (U+0000)'],
    ['v1.0.0 ', 'it contains a space'],
    ['$(id)', 'it contains "$", which git or a shell treats specially'],
    ['`id`', 'it contains "`", which git or a shell treats specially'],
    ['v1|x', 'it contains "|", which git or a shell treats specially'],
    ['v1&x', 'it contains "&", which git or a shell treats specially'],
    ["v1'x", 'it contains "\'", which git or a shell treats specially'],
    ['v1"x', 'it contains """, which git or a shell treats specially'],
    ['v1<x', 'it contains "<", which git or a shell treats specially'],
    ['v1>x', 'it contains ">", which git or a shell treats specially'],
    ['v1~1', 'it contains "~", which git or a shell treats specially'],
    ['v1^{}', 'it contains "^", which git or a shell treats specially'],
    ['v1:x', 'it contains ":", which git or a shell treats specially'],
    ['v1?', 'it contains "?", which git or a shell treats specially'],
    ['v1*', 'it contains "*", which git or a shell treats specially'],
    ['v1[0]', 'it contains "[", which git or a shell treats specially'],
    ['v1\\0', 'it contains "\\", which git or a shell treats specially'],
    ['v1@{0}', 'it contains "@{", which git reads as a reflog selector'],
    ['@', 'it is "@", which git reads as HEAD'],
    ['-v1.0.0', 'it starts with "-", which commands read as an option'],
    ['v1.0.0.lock', 'its part "v1.0.0.lock" ends with ".lock"'],
    ['v1/.hidden', 'its part ".hidden" starts with "."'],
    ['.v1', 'its part ".v1" starts with "."'],
    ['v1.', 'it ends with "."'],
    ['/v1', 'it starts or ends with "/"'],
    ['v1/', 'it starts or ends with "/"'],
    ['v1//x', 'it contains "//"'],
    ['v1.0.0\u00a0', 'it contains a non-ASCII character'],
    ['v1.０.0', 'it contains a non-ASCII character'],
    ['v'.repeat(201), 'it is 201 characters long (at most 200)'],
  ])('rejects %j: %s', (name, reason) => {
    expect(refNameProblem(name)).toBe(reason);
  });

  it('never accepts a name git refuses (property, against git itself)', () => {
    const alphabet = 'v1.0-_/@{}~^:?*[\\ $;`|&\'"<>\n.lock'.split('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 12 }), (chars) => {
        const name = chars.join('');
        if (refNameProblem(name) === undefined) expect(gitAccepts(name)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a shell metacharacter through (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(...'$`;|&\'"<>\n'.split('')),
        fc.string({ maxLength: 20 }),
        (a, meta, b) => {
          expect(refNameProblem(`${a}${meta}${b}`)).toBeDefined();
        },
      ),
    );
  });

  it('throws a one-line usage error naming the flag and quoting the name', () => {
    expect(() => assertReleaseName('v1.0.0\nrm -rf /', 'tag verify')).toThrow(UsageError);
    try {
      assertReleaseName('v1.0.0\nrm -rf /', 'tag verify');
    } catch (error) {
      expect((error as Error).message).toBe(
        'tag verify: "v1.0.0\\nrm -rf /" is not a valid tag name: it contains a control character (a newline); use a name such as v1.4.2 or prod-2026-07-31.1',
      );
    }
  });
});

describe('repository from the origin remote', () => {
  it.each([
    ['https://github.com/octo-org/demo-app.git', 'octo-org/demo-app'],
    ['https://github.com/octo-org/demo-app', 'octo-org/demo-app'],
    ['git@github.com:octo-org/demo.app.git', 'octo-org/demo.app'],
    ['ssh://git@github.example.com/team/app/', 'team/app'],
    ['/local/path', 'local/path'],
  ])('%s → %s', (url, repo) => {
    expect(repositoryFromRemoteUrl(url)).toBe(repo);
  });
});
