import '../core/wasm-baseline.js'; // first: before any WASM module is compiled
import { run } from './main.js';

await run();
