#!/usr/bin/env node
import '../core/wasm-baseline.js'; // first: before any WASM module is compiled
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
