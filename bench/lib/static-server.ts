/** Benchmarks serve built sites with the production static server (same headers, same caching). */
export { serveStatic, type Served } from '../../scripts/lib/static-server.ts'
