// Trim an OpenAPI document to some operations and the component schemas they reference, e.g.
//   node scripts/trim-openapi.mjs openapi.yaml out.json 'get /apps/{app_name}/machines' ...
// (how __tests__/fixtures/deploy-apis/fly-machines.openapi.json was made; see SOURCE.md there).
import { readFileSync, writeFileSync } from 'node:fs';
import YAML from 'yaml';
const [src, out, ...ops] = process.argv.slice(2);
const doc = src.endsWith('.json') ? JSON.parse(readFileSync(src, 'utf8')) : YAML.parse(readFileSync(src, 'utf8'));
const paths = {};
for (const op of ops) {
  const [method, path] = op.split(' ');
  (paths[path] ??= {})[method] = doc.paths[path][method];
}
const schemas = {};
const strip = (node) => {
  if (Array.isArray(node)) return node.forEach(strip);
  if (!node || typeof node !== 'object') return;
  delete node.example; // examples are not part of the contract and triple the size
  Object.values(node).forEach(strip);
};
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') {
      const name = v.split('/').pop();
      if (!schemas[name]) { schemas[name] = doc.components.schemas[name]; visit(schemas[name]); }
    } else visit(v);
  }
};
visit(paths);
strip(paths);
strip(schemas);
const trimmed = { openapi: doc.openapi, info: doc.info, servers: doc.servers, paths, components: { schemas: Object.fromEntries(Object.entries(schemas).sort()) } };
writeFileSync(out, JSON.stringify(trimmed, null, 1) + '\n');
console.log(Object.keys(schemas).length, 'schemas');
