/**
 * When an extension could not be created, only statements that really use it may be excused: the
 * objects (types, functions, operator classes, access methods, schemas) common extensions create, so
 * a "does not exist" error can be traced to the extension, or not. Anything else that does not exist
 * is the migration's own error, reported as such.
 */
interface ExtensionObjects {
  names: readonly string[];
  prefixes?: readonly string[];
}

const KNOWN: Record<string, ExtensionObjects> = {
  'uuid-ossp': {
    names: ['uuid_nil', 'uuid_ns_dns', 'uuid_ns_url', 'uuid_ns_oid', 'uuid_ns_x500'],
    prefixes: ['uuid_generate_'],
  },
  pgcrypto: {
    names: [
      'crypt',
      'gen_salt',
      'digest',
      'hmac',
      'gen_random_bytes',
      'gen_random_uuid',
      'encrypt',
      'decrypt',
    ],
    prefixes: ['pgp_', 'armor', 'dearmor', 'encrypt_', 'decrypt_'],
  },
  citext: { names: ['citext'] },
  hstore: {
    names: ['hstore', 'akeys', 'avals', 'skeys', 'svals', 'populate_record'],
    prefixes: ['hstore_'],
  },
  pg_trgm: {
    names: [
      'similarity',
      'word_similarity',
      'strict_word_similarity',
      'show_trgm',
      'show_limit',
      'set_limit',
    ],
    prefixes: ['gin_trgm', 'gist_trgm'],
  },
  ltree: {
    names: [
      'ltree',
      'lquery',
      'ltxtquery',
      'nlevel',
      'subltree',
      'subpath',
      'text2ltree',
      'ltree2text',
      'lca',
    ],
    prefixes: ['gist_ltree', 'ltree_'],
  },
  btree_gin: { names: ['gin'] },
  btree_gist: { names: ['gist'] },
  fuzzystrmatch: {
    names: ['soundex', 'difference', 'metaphone', 'dmetaphone', 'dmetaphone_alt', 'daitch_mokotoff'],
    prefixes: ['levenshtein'],
  },
  unaccent: { names: ['unaccent'] },
  postgis: {
    names: [
      'geometry',
      'geography',
      'box2d',
      'box3d',
      'spatial_ref_sys',
      'geometry_columns',
      'geography_columns',
    ],
    prefixes: ['st_', 'postgis_', '_st_'],
  },
  postgis_topology: { names: ['topology', 'topogeometry'] },
  postgis_raster: { names: ['raster'], prefixes: ['st_'] },
  vector: {
    names: [
      'vector',
      'halfvec',
      'sparsevec',
      'ivfflat',
      'hnsw',
      'l2_distance',
      'cosine_distance',
      'inner_product',
    ],
    prefixes: ['vector_', 'halfvec_', 'sparsevec_'],
  },
  pg_stat_statements: { names: [], prefixes: ['pg_stat_statements'] },
  moddatetime: { names: ['moddatetime'] },
  pg_cron: { names: ['cron'] },
  pg_net: { names: ['net'] },
  http: { names: ['http', 'urlencode'], prefixes: ['http_'] },
  pgjwt: { names: ['sign', 'verify', 'url_encode', 'url_decode', 'algorithm_sign'] },
  pgsodium: { names: ['pgsodium'] },
  supabase_vault: { names: ['vault'] },
  pg_graphql: { names: ['graphql'] },
  // Supabase's package manager: pg_tle installs packages into its schema `pgtle`, and database.dev's
  // `supabase-dbdev` package (installed through it) keeps its functions in schema `dbdev` (basejump).
  pg_tle: { names: ['pgtle'] },
  'supabase-dbdev': { names: ['dbdev'] },
  pg_jsonschema: { names: ['json_matches_schema', 'jsonb_matches_schema', 'jsonschema_is_valid'] },
  pg_hashids: { names: ['id_encode', 'id_decode', 'id_decode_once'] },
  cube: { names: ['cube'], prefixes: ['cube_'] },
  earthdistance: { names: ['earth', 'll_to_earth', 'earth_distance', 'earth_box', 'gc_to_sec', 'sec_to_gc'] },
  intarray: {
    names: ['icount', 'sort_asc', 'sort_desc', 'uniq', 'idx', 'subarray', 'intset'],
    prefixes: ['gin__int', 'gist__int'],
  },
  isn: { names: ['isbn', 'isbn13', 'ean13', 'issn', 'issn13', 'ismn', 'ismn13', 'upc'] },
  tablefunc: { names: ['crosstab', 'normal_rand', 'connectby'], prefixes: ['crosstab'] },
  timescaledb: {
    names: ['create_hypertable', 'time_bucket', 'timescaledb_information'],
    prefixes: ['add_retention_policy', 'add_compression_policy', 'add_continuous_aggregate_policy'],
  },
  pg_partman: { names: ['partman', 'create_parent'] },
  dblink: { names: [], prefixes: ['dblink'] },
  rum: { names: ['rum'], prefixes: ['rum_'] },
};

function objectsOf(extension: string): ExtensionObjects {
  const known = KNOWN[extension];
  // An extension we know nothing about: only its own name (a language, a wrapper, a schema) counts.
  return {
    names: [extension, ...(known?.names ?? [])],
    prefixes: known?.prefixes ?? [`${extension}_`],
  };
}

function belongs(name: string, objects: ExtensionObjects): boolean {
  return objects.names.includes(name) || (objects.prefixes ?? []).some((p) => name.startsWith(p));
}

/** The names a "does not exist" message is about: quoted names, a function's name, an operator's types. */
export function namesInError(message: string): string[] {
  const names = [...message.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const fn = /function ([\w.]+)\(/.exec(message);
  if (fn) names.push(fn[1]!);
  const op = /operator does not exist: (.*)$/.exec(message);
  if (op) names.push(...(op[1]!.match(/[A-Za-z_][\w.]*/g) ?? []));
  // Schema-qualified names count by both parts: `cron.schedule` belongs to pg_cron through `cron`.
  return names.flatMap((n) => n.toLowerCase().split('.'));
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? [];
}

/**
 * The missing extension a failed statement depends on, or undefined when it is the statement's own
 * error. The error's subject decides when the message names one; otherwise the statement must name an
 * object of the extension.
 */
export function missingDependency(
  statementText: string,
  errorMessage: string,
  missing: ReadonlySet<string>,
): string | undefined {
  if (!missing.size) return undefined;
  const subjects = namesInError(errorMessage);
  const candidates = subjects.length ? subjects : wordsOf(statementText);
  for (const extension of missing) {
    const objects = objectsOf(extension);
    if (candidates.some((name) => belongs(name, objects))) return extension;
  }
  return undefined;
}
