/**
 * Imported first by both entry points (CLI and action), before anything can load a WASM
 * module: V8 runs WASM on its baseline compiler only (Liftoff).
 *
 * libpg-query, the migration parser, is a 1.7 MB module. Optimising its hot functions in background
 * threads costs more CPU than it saves even on 2,000 migrations, and node waits for those jobs before
 * the process exits: about 150 ms on every `lint FILE` (bench/run.mjs, `node --liftoff-only` compared
 * with the default). V8 lists the flag as one for testing; an unknown flag would only be ignored with a
 * warning, never fail a run. It is read when a module is compiled and when a function tiers up, so it
 * must be set before libpg-query is imported. PGlite, a much larger module that runs Postgres itself,
 * turns optimisation back on before it loads (src/db/pglite-server.ts).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--liftoff-only');
