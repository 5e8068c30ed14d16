import path from 'node:path';
import { layerProblem } from './rooms.mjs';

/**
 * `rooms/layers`: a module under src/ imports only from its own room or from a lower layer
 * (scripts/rooms.mjs holds the table, ARCHITECTURE.md explains it). Relative imports are resolved
 * against the importing file, so the rule sees rooms, not spellings of paths.
 */
const layers = {
  meta: { type: 'problem', schema: [], docs: { description: 'imports follow the layers in ARCHITECTURE.md' } },
  create(context) {
    const srcRoot = path.join(context.cwd, 'src');
    const file = path.relative(srcRoot, context.filename).split(path.sep).join('/');
    if (file.startsWith('..') || path.isAbsolute(file)) return {};
    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source.value));
      if (target.startsWith('..')) return;
      const problem = layerProblem(file, target.replace(/\.js$/, '.ts'));
      if (problem) context.report({ node: source, message: problem });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { meta: { name: 'rooms' }, rules: { layers } };
