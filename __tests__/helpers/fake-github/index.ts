/**
 * Loopback fake GitHub REST API for tests, checked against GitHub's OpenAPI description.
 *
 *   const fake = await startFakeGitHub({ token: 't' });
 *   const octokit = new Octokit({ baseUrl: fake.url, auth: 't' });   // or GITHUB_API_URL=fake.url
 *   ...
 *   expect(fake.violations).toEqual([]);
 *   await fake.close();
 */
export { startFakeGitHub } from './server.js';
export type { FakeGitHub, FakeGitHubOptions, RecordedRequest } from './server.js';
export type { FaultResponse, FaultRule } from './faults.js';
export { FakeState, RepoState } from './state.js';
export type { FakeStateOptions, StoredComment } from './state.js';
export {
  documentedStatuses,
  loadDescription,
  matchOperation,
  toJsonSchema,
  validateRequestBody,
  validateResponse,
} from './openapi.js';
export type { HttpMethod, OperationMatch } from './openapi.js';
export { implementedOperations, paginate } from './routes.js';
export * from './resources.js';
export * from './resources-repo.js';
