/**
 * The rooms of src/ and the order of their layers (ARCHITECTURE.md explains them). A file may import
 * from its own room and from rooms on a lower layer, never upwards and never sideways into another room
 * of its own layer: that is what keeps the graph free of cycles between rooms.
 *
 * A room is a path under src/ (a folder or a single file); the longest matching path wins, so a file
 * can belong to a lower room than its folder. Each room's zod config schema (`config.ts`) belongs to
 * the config layer, because src/config/schema.ts assembles them into the one Settings schema.
 */

/** Bottom first. Rooms on one line share a layer and may not import each other. */
export const LAYERS = [
  ['core'],
  ['process'],
  ['git', 'db', 'report'],
  ['release'],
  ['github'],
  ['config'],
  ['gates/gate.ts'],
  ['sql'],
  ['schema-sources'],
  ['schema-model'],
  ['gates/migrations', 'gates/notes', 'gates/backup', 'deploy'],
  ['gates/migrations/fallback', 'gates/tagging', 'gates/kill-switch'],
  ['gates/migrations/gate.ts', 'gates/rehearsal'],
  ['gates/rehearsal/fallback'],
  ['gates'],
  ['checklist', 'init', 'rollback'],
  ['commands'],
  ['cli', 'action'],
];

/**
 * Rooms that are single files or are spread over another room's folder: `rule-ids.ts` is the fallback
 * review's public list of ids, read by the rule registry.
 */
export const MEMBERS = {
  config: [
    'config',
    'checklist/config.ts',
    'deploy/config.ts',
    'rollback/config.ts',
    'gates/backup/config.ts',
    'gates/kill-switch/config.ts',
    'gates/migrations/config.ts',
    'gates/notes/config.ts',
    'gates/rehearsal/config.ts',
    'gates/rehearsal/fallback/fallback-check-config.ts',
    'gates/tagging/config.ts',
  ],
  process: ['git/process.ts', 'git/long-running.ts'],
  'gates/migrations': ['gates/migrations', 'gates/migrations/fallback/rule-ids.ts'],
};

const layerOf = new Map(LAYERS.flatMap((rooms, layer) => rooms.map((room) => [room, layer])));

/** Every (path prefix → room) pair, longest first. */
const PREFIXES = [...layerOf.keys()]
  .flatMap((room) => (MEMBERS[room] ?? [room]).map((prefix) => [prefix, room]))
  .sort((a, b) => b[0].length - a[0].length);

/** The room of a path relative to src/ (`gates/migrations/engine.ts`), or undefined outside any room. */
export function roomOf(srcPath) {
  for (const [prefix, room] of PREFIXES) {
    if (srcPath === prefix || srcPath.startsWith(prefix + '/')) return room;
  }
  return undefined;
}

/** Why `from` may not import `to` (both relative to src/), or undefined when it may. */
export function layerProblem(from, to) {
  const a = roomOf(from);
  const b = roomOf(to);
  if (a === undefined) return `src/${from} belongs to no room: add it to scripts/rooms.mjs`;
  if (b === undefined || a === b) return undefined;
  const la = layerOf.get(a);
  const lb = layerOf.get(b);
  if (lb < la) return undefined;
  const how = lb === la ? 'a room on the same layer' : 'a higher layer';
  return `${a} may not import ${b} (${how}; see ARCHITECTURE.md)`;
}
