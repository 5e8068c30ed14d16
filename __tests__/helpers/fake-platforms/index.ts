/**
 * Loopback fakes of the deploy platforms' APIs (Vercel, Fly Machines, Render), each checked against
 * the platform's published API description (trimmed copies in __tests__/fixtures/deploy-apis).
 *
 *   const vercel = await startFakeVercel({ token: 't' });   // VERCEL_API_URL=vercel.url VERCEL_TOKEN=t
 *   ...
 *   expect(vercel.violations).toEqual([]);
 */
export { startFakeVercel } from './vercel.js';
export type { FakeVercel } from './vercel.js';
export { startFakeFly } from './fly.js';
export type { FakeFly } from './fly.js';
export { startFakeRender } from './render.js';
export type { FakeRender } from './render.js';
export { ApiOracle } from './oracle.js';
export type { PlatformFake } from './server.js';
