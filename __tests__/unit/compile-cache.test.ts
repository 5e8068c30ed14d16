import { describe, expect, it } from '@jest/globals';
import { COMPILE_CACHE_FOLDER, enableCompileCache } from '../../src/core/compile-cache.js';

/** Node's compile cache goes in the one cache folder (docs/caching.md), and never fails a run. */
describe('enableCompileCache', () => {
  const asked: string[] = [];
  const fake = (directory: string) => {
    asked.push(directory);
    return { directory };
  };

  it('keeps it under the cache folder', () => {
    asked.length = 0;
    expect(enableCompileCache({ ROLLBACK_READY_CACHE_DIR: '/c' }, fake)).toBe(`/c/${COMPILE_CACHE_FOLDER}`);
    expect(enableCompileCache({ XDG_CACHE_HOME: '/x' }, fake)).toBe(
      `/x/rollback-ready/${COMPILE_CACHE_FOLDER}`,
    );
    expect(asked).toEqual([`/c/${COMPILE_CACHE_FOLDER}`, `/x/rollback-ready/${COMPILE_CACHE_FOLDER}`]);
  });

  it('with caching off, Node is not asked', () => {
    asked.length = 0;
    expect(
      enableCompileCache({ ROLLBACK_READY_CACHE: 'off', ROLLBACK_READY_CACHE_DIR: '/c' }, fake),
    ).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('a Node without the API, or one that fails, leaves the run without a cache', () => {
    expect(enableCompileCache({ ROLLBACK_READY_CACHE_DIR: '/c' }, undefined)).toBeUndefined();
    const failing = () => {
      throw new Error('EACCES');
    };
    expect(enableCompileCache({ ROLLBACK_READY_CACHE_DIR: '/c' }, failing)).toBeUndefined();
    // Node reports a folder it cannot create in its answer, without a directory.
    expect(enableCompileCache({ ROLLBACK_READY_CACHE_DIR: '/c' }, () => ({}))).toBeUndefined();
  });
});
