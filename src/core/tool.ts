/** The tool's identity in reports. Kept equal to package.json by a test. */
export const TOOL_NAME = 'rollback-ready';
export const TOOL_VERSION = '0.1.0';
export const DOCS_BASE = 'https://github.com/rollback-ready/rollback-ready/blob/main/docs';

/** The one place a rule's docs page address is built: docs/rules/<id>.md, one page per finding id. */
export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE}/rules/${ruleId}.md`;
}
