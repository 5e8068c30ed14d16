#!/usr/bin/env node
import { enableCompileCache } from '../core/compile-cache.js';

// Before the rest of the bundle loads (main.js is a chunk of its own), so Node compiles it from the cache.
enableCompileCache(process.env);
const { main } = await import('./main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
