import type { Gate } from './gate.js';
import { migrationsGate } from './migrations/gate.js';
import { rehearsalGate } from './rehearsal/gate.js';
import { notesGate } from './notes/gate.js';
import { taggingGate } from './tagging/gate.js';
import { killSwitchGate } from './kill-switch/gate.js';
import { backupGate } from './backup/gate.js';

/** Every gate that `check` runs, in report order. A gate is added here when it is built. */
export const ALL_GATES: readonly Gate[] = [
  taggingGate,
  notesGate,
  migrationsGate,
  rehearsalGate,
  backupGate,
  killSwitchGate,
];
