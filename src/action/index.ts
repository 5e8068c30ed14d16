import { enableCompileCache } from '../core/compile-cache.js';

// Before the rest of the bundle loads (main.js is a chunk of its own), so Node compiles it from the cache.
enableCompileCache(process.env);
const { run } = await import('./main.js');

await run();
