/** Rule ids the tagging gate reports; each has a page under docs/rules/. */
export const TAGGING_RULES = {
  'release-id-scheme': 'the tag is not a release ID of the configured scheme',
  'release-id-prerelease':
    'a pre-release tag is not a production release unless tagging.allow-prerelease is set',
  'release-id-order': 'the release ID is not strictly after every earlier release in the scheme order',
  'tag-off-release-branch': 'the tag points at a commit that is not on the release branch',
  'release-branch-missing': 'the release branch is not in this clone, so nothing can be checked against it',
  'duplicate-release-id': 'another release ID already names the same commit',
  'tag-branch-confusion': 'a branch has the same name as the tag',
  'lightweight-tag': 'the tag is lightweight while tagging.require-annotated is set',
} as const;
export type TaggingRuleId = keyof typeof TAGGING_RULES;

export { ruleDocsUrl as ruleDocs } from '../../core/tool.js';
