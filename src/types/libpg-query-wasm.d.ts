/** libpg-query's emscripten module (CommonJS, untyped): a factory that compiles and instantiates the parser. */
declare module 'libpg-query/wasm/libpg-query.js' {
  const PgQueryModule: () => Promise<unknown>;
  export default PgQueryModule;
}
