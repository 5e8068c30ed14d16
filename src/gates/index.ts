import type { Gate } from '../core/gate.js';
import { migrationsGate } from './migrations/gate.js';

/** Every gate that `check` runs, in report order. A gate is added here when it is built. */
export const ALL_GATES: readonly Gate[] = [migrationsGate];
