import { describe, expect, it } from '@jest/globals';
import { declaredVersion, lockedVersions, runnerVersion } from '../../src/gates/migrations/runner-versions.js';

const packageLock = JSON.stringify({
  lockfileVersion: 3,
  packages: {
    '': { devDependencies: { prisma: '^7.2.0' } },
    'node_modules/prisma': { version: '7.3.0' },
    'packages/db/node_modules/prisma': { version: '7.5.0' },
    'node_modules/prisma-extra': { version: '1.0.0' },
  },
});

const pnpmLock = `lockfileVersion: '9.0'

importers:
  .:
    devDependencies:
      prisma:
        specifier: ^7.4.0
        version: 7.4.1(typescript@5.6.3)

packages:
  '@prisma/client@7.4.1':
    resolution: {integrity: sha512-x}
  prisma@7.4.1(typescript@5.6.3):
    resolution: {integrity: sha512-y}
  prismjs@1.29.0:
    resolution: {integrity: sha512-z}
`;

const yarnV1 = `# yarn lockfile v1

prisma@^5.10.0:
  version "5.22.0"
  resolved "https://registry.yarnpkg.com/prisma/-/prisma-5.22.0.tgz"

supabase@^2.100.0:
  version "2.110.2"
`;

const yarnBerry = `__metadata:
  version: 8

"supabase@npm:^2.109.0":
  version: 2.109.4
  resolution: "supabase@npm:2.109.4"
`;

const bunLock = `{
  "lockfileVersion": 1,
  "packages": {
    "prisma": ["prisma@7.6.0", "", {}, "sha512-a"],
  }
}`;

describe('runner versions from lockfiles', () => {
  it.each([
    ['package-lock.json', packageLock, 'prisma', ['7.3.0', '7.5.0']],
    ['pnpm-lock.yaml', pnpmLock, 'prisma', ['7.4.1']],
    ['pnpm-lock.yaml', pnpmLock, '@prisma/client', ['7.4.1']],
    ['yarn.lock', yarnV1, 'prisma', ['5.22.0']],
    ['yarn.lock', yarnV1, 'supabase', ['2.110.2']],
    ['yarn.lock', yarnBerry, 'supabase', ['2.109.4']],
    ['bun.lock', bunLock, 'prisma', ['7.6.0']],
    ['package-lock.json', '{ not json', 'prisma', []],
  ])('%s resolves %s', (lockfile, text, pkg, expected) => {
    expect(lockedVersions(lockfile, text, pkg)).toEqual(expected);
  });

  it('takes the lowest locked version: the oldest runner a deploy may use decides what fails', () => {
    expect(runnerVersion('prisma', new Map([['package-lock.json', packageLock]]))).toEqual({ version: '7.3.0', from: 'package-lock.json' });
  });

  it('falls back to the lowest version a package.json range admits, then to nothing', () => {
    const pkg = JSON.stringify({ devDependencies: { supabase: '^2.109.0' } });
    expect(declaredVersion(pkg, 'supabase')).toEqual({ version: '2.109.0', range: '^2.109.0' });
    expect(runnerVersion('supabase', new Map([['apps/web/package.json', pkg]]))).toEqual({
      version: '2.109.0',
      from: 'apps/web/package.json range ^2.109.0',
    });
    expect(declaredVersion(JSON.stringify({ dependencies: { prisma: 'workspace:*' } }), 'prisma')).toBeUndefined();
    expect(runnerVersion('prisma', new Map([['package.json', '{}']]))).toBeUndefined();
  });
});
