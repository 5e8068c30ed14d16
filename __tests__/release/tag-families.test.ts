import { describe, expect, it } from '@jest/globals';
import type { TagInfo } from '../../src/git/git.js';
import { familyLabel, prefixPart, tagFamilies } from '../../src/init/tag-families.js';
import { semverScheme } from '../../src/release/semver.js';
import { taggingConfigSchema } from '../../src/gates/tagging/config.js';

import { createHash } from 'node:crypto';

/** A tag on a commit of its own unless `sha` says which (several families tagging one release). */
const tag = (name: string, date: string, sha = createHash('sha1').update(name).digest('hex')): TagInfo => ({
  name,
  sha,
  annotated: false,
  date,
});

describe('tag families', () => {
  it('chooses the family that tags the most recent releases, with the others as alternatives', () => {
    const families = tagFamilies([
      tag('v2.1.0', '2023-09-06T10:00:00Z'),
      tag('v2.0.0', '2023-06-01T10:00:00Z'),
      tag('5.3.3', '2026-08-10T10:00:00Z'),
      tag('5.3.4', '2026-08-11T10:00:00Z'),
      tag('5.4.0-rc.1', '2026-08-21T10:00:00Z'),
      tag('stable', '2026-08-11T10:00:00Z'),
    ]);
    expect(families.map(familyLabel)).toEqual(['semver prefix ""', 'semver prefix "v"']);
    // A pre-release is never the newest release of a family.
    expect(families[0]!.latest).toEqual({
      name: '5.3.4',
      date: '2026-08-11T10:00:00Z',
      sha: expect.any(String),
    });
    expect(families[0]!.releases).toBe(2);
  });

  it('of families whose newest tags name the same commit, prefers the plainest name, though another tags more often (trigger.dev)', () => {
    const release = 'c'.repeat(40);
    const families = tagFamilies([
      tag('helm-v4.5.12', '2026-08-20T10:00:02Z', release),
      tag('v.docker.4.5.12', '2026-08-20T10:00:01Z', release),
      tag('v4.5.12', '2026-08-20T10:00:00Z', release),
      tag('v.docker.4.5.11', '2026-08-13T10:00:00Z'),
      tag('v.docker.4.5.10', '2026-08-06T10:00:00Z'),
      tag('v4.5.10', '2026-08-06T10:00:00Z'),
    ]);
    expect(families.map((f) => f.prefix)).toEqual(['v', 'helm-v', 'v.docker.']);
  });

  it('on a same-day tie prefers the family with more releases in the last year, then the shorter prefix', () => {
    const families = tagFamilies([
      tag('helm-v4.5.12', '2026-08-20T10:00:02Z'),
      tag('v.docker.4.5.12', '2026-08-20T10:00:01Z'),
      tag('v4.5.12', '2026-08-20T10:00:00Z'),
      tag('v4.5.11', '2026-08-13T10:00:00Z'),
      tag('v.docker.4.5.11', '2026-08-13T10:00:00Z'),
      tag('trigger.dev@4.4.1', '2026-03-01T10:00:00Z'),
      tag('@trigger.dev/sdk@4.4.1', '2026-03-01T10:00:00Z'),
      tag('re2-prod-supervisor-2026-08-18', '2026-08-18T10:00:00Z'),
      tag('docs-release-2026-08-17', '2026-08-17T10:00:00Z'),
    ]);
    expect(families.map((f) => f.prefix)).toEqual([
      'v',
      'v.docker.',
      'helm-v',
      'trigger.dev@',
      '@trigger.dev/sdk@',
    ]);
  });

  it('reads calver tags as their own family', () => {
    const families = tagFamilies([
      tag('prod-2026-07-30.1', '2026-07-30T10:00:00Z'),
      tag('v1.0.0', '2025-01-01T00:00:00Z'),
    ]);
    expect(families.map(familyLabel)).toEqual(['calver prod-YYYY-MM-DD.N', 'semver prefix "v"']);
  });

  it('a semver scheme reads only its own family: never a tag of another prefix', () => {
    const names = ['v4.5.12', 'v.docker.4.5.13', 'helm-v4.5.14', 'trigger.dev@4.4.1', '5.3.4'];
    const read = (prefix: string) => names.filter((n) => semverScheme(prefix).parse(n));
    expect(read('v')).toEqual(['v4.5.12']);
    expect(read('')).toEqual(['5.3.4']);
    expect(read('trigger.dev@')).toEqual(['trigger.dev@4.4.1']);
    expect(read('v.docker.')).toEqual(['v.docker.4.5.13']);
  });

  it('the config accepts prefixes with @ and the empty prefix', () => {
    for (const prefix of ['trigger.dev@', '@trigger.dev/sdk@', ''])
      expect(taggingConfigSchema.safeParse({ prefix }).success).toBe(true);
    expect(taggingConfigSchema.safeParse({ prefix: 'v@{' }).success).toBe(false);
  });

  describe('in a monorepo', () => {
    // inbox-zero's shape: the web app (with the Prisma migrations) tagged v…, a desktop app and a CLI
    // tagged desktop-v… and cli-v…, the desktop tags the newest.
    const tags = [
      tag('v2.29.0', '2026-02-09T10:00:00Z'),
      tag('v2.30.0', '2026-05-18T10:00:00Z'),
      tag('cli-v2.21.40', '2025-12-04T10:00:00Z'),
      tag('desktop-v0.1.3', '2026-08-16T10:00:00Z'),
      tag('desktop-v0.1.4', '2026-08-17T10:00:00Z'),
    ];
    const files = [
      'package.json',
      'apps/web/package.json',
      'apps/web/prisma/schema.prisma',
      'apps/desktop/package.json',
      'packages/cli/package.json',
      'docker/Dockerfile',
    ];
    const migrations = ['apps/web/prisma/migrations/20260101000000_init/migration.sql'];

    it("puts a family named after another package (one that holds no migration) after the app's own", () => {
      const families = tagFamilies(tags, { files: [...files, ...migrations], migrations });
      expect(families.map((f) => [f.prefix, f.otherPart])).toEqual([
        ['v', undefined],
        ['desktop-v', 'apps/desktop'],
        ['cli-v', 'packages/cli'],
      ]);
      // Without the repository's shape the newest family wins, as before.
      expect(tagFamilies(tags).map((f) => f.prefix)).toEqual(['desktop-v', 'v', 'cli-v']);
    });

    it('keeps a family named after the package that holds the migrations, or after a folder that is no package', () => {
      const own = tagFamilies([...tags, tag('web-v1.0.0', '2026-08-18T10:00:00Z')], {
        files: [...files, ...migrations],
        migrations,
      });
      expect(own[0]).toEqual(expect.objectContaining({ prefix: 'web-v' }));
      expect(own[0]!.otherPart).toBeUndefined();
      // docker/ holds a Dockerfile, not a program of its own: v.docker. tags may be the app's releases.
      const docker = tagFamilies(
        [tag('v.docker.4.5.12', '2026-08-20T10:00:00Z'), tag('v4.5.11', '2026-08-13T10:00:00Z')],
        {
          files: [...files, ...migrations],
          migrations,
        },
      );
      expect(docker.map((f) => [f.prefix, f.otherPart])).toEqual([
        ['v.docker.', undefined],
        ['v', undefined],
      ]);
    });

    it('changes nothing when every recent family is named after another package', () => {
      const families = tagFamilies(
        [tag('desktop-v0.1.4', '2026-08-17T10:00:00Z'), tag('v1.0.0', '2023-01-01T10:00:00Z')],
        { files: [...files, ...migrations], migrations },
      );
      // v's only release is more than a year older than the newest tag: no live family of the app's own.
      expect(families.map((f) => f.prefix)).toEqual(['desktop-v', 'v']);
      expect(families[0]!.otherPart).toBe('apps/desktop');
    });

    it('reads the package a prefix names', () => {
      expect(
        [
          'desktop-v',
          'cli-v',
          'v',
          '',
          'v.docker.',
          'trigger.dev@',
          '@trigger.dev/sdk@',
          'helm-v',
          'api/v',
          'web_',
        ].map(prefixPart),
      ).toEqual([
        'desktop',
        'cli',
        undefined,
        undefined,
        'docker',
        'trigger.dev',
        'sdk',
        'helm',
        undefined,
        'web',
      ]);
    });
  });
});
