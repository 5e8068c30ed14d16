import type { CommandSpec } from './command.js';

export const CHECK_SPEC: CommandSpec = {
  name: 'check',
  summary: 'run every gate that applies to this change, with the pre-release checklist',
  usage: 'check [--base REF] [--head REF]',
};

export const LINT_SPEC: CommandSpec = {
  name: 'lint',
  summary: 'check migrations for changes the previous release cannot live with',
  usage: 'lint [FILES...] [--each | --as-one-change] [--base REF] [--layout NAME] [--pg-version N]',
  positionals: true,
  flags: {
    each: {
      type: 'boolean',
      help: 'FILES: judge every file as a deploy of its own (what earlier files created exists and holds rows)',
    },
    'as-one-change': {
      type: 'boolean',
      help: 'FILES: judge all files as one change that has not shipped (what they create is new and empty)',
    },
  },
  details: [
    'Without FILES, lint checks the migrations added or changed since the base, as one change.',
    '  rollback-ready lint',
    '',
    'With FILES, the mode says how they group into deploys (every report names it: "mode" in JSON):',
    '  history (default)  files already on the base shipped one deploy at a time: each is judged against',
    '                     the schema of the files before it; files new in this change are one change.',
    '                       rollback-ready lint supabase/migrations/*.sql',
    '  --each             every file is a deploy of its own.',
    '                       rollback-ready lint --each db/migrations/*.sql',
    '  --as-one-change    all files are one change (nothing they create has shipped).',
    '                       rollback-ready lint --as-one-change supabase/migrations/2026*.sql',
    '',
    "--base REF: the commit whose files count as shipped (default: the pull request's base, else the merge",
    'base with the default branch, else HEAD); without FILES, what the changed migrations are compared with.',
    '  rollback-ready lint --base v1.4.0 supabase/migrations/*.sql',
    '',
    'Layout: the migration tool is recognised from the paths (Supabase, Prisma, Drizzle, Flyway,',
    'golang-migrate, dbmate, plain SQL); it sets the run order and whether a file runs in a transaction.',
    '--layout NAME forces one.',
    '  rollback-ready lint --layout dbmate db/migrations/*.sql',
    '',
    'Files outside any git repository (or outside the one at --cwd) are linted from the disk, each as a',
    'deploy of its own, with a notice naming the checks that need a repository; globs are left to the shell.',
    '  rollback-ready lint ~/Downloads/0042_add_index.sql',
  ],
};

export const NOTES_SPEC: CommandSpec = {
  name: 'notes',
  summary: 'check a release note (notes check), or print one to fill in (notes draft)',
  usage: 'notes check [--pr-body-file FILE | --release TAG | --file FILE] | notes draft',
  positionals: true,
  flags: {
    release: {
      type: 'string',
      valueName: 'TAG',
      help: 'check the body of the GitHub release for TAG (needs GITHUB_TOKEN)',
    },
    file: { type: 'string', valueName: 'FILE', help: 'check a notes file' },
  },
};

export const TAG_SPEC: CommandSpec = {
  name: 'tag',
  summary: 'print the next release ID (tag next), or check a tag or proposed name (tag verify TAG)',
  usage: 'tag next [--bump auto|patch|minor|major] | tag verify [TAG] [--head REF]',
  positionals: true,
};

export const INIT_SPEC: CommandSpec = {
  name: 'init',
  summary: 'set up this repository: config, the release-note section of the PR template, the workflows',
  usage: 'init [--force] [--tool-sha SHA]',
  flags: {
    force: { type: 'boolean', help: 'overwrite files that exist and differ (default: keep them and say so)' },
    'tool-sha': {
      type: 'string',
      valueName: 'SHA',
      help: "the commit of the rollback-ready release you trust, pinned in every workflow (default: this version's release tag, read with git ls-remote)",
    },
  },
};

export const REHEARSE_SPEC: CommandSpec = {
  name: 'rehearse',
  summary: 'apply the new migrations (and their down migrations) on a throwaway Postgres',
  usage:
    'rehearse [--base REF] [--database-url URL] [--engine auto|local|pglite] [--seed FILE] [--fallback TAG]',
  flags: {
    fallback: {
      type: 'string',
      valueName: 'TAG',
      help: "also run rehearsal.fallback-check.command from this release's worktree against the migrated database (default with the config: the live release)",
    },
  },
};

export const ROLLBACK_SPEC: CommandSpec = {
  name: 'rollback',
  summary:
    'plan a rollback to the last known-good release (rollback plan), record and finish deployments in the ledger',
  usage: [
    'rollback plan [--to TAG] [--from TAG | --env NAME] [--allow-schema-risk REASON]',
    '       rollback-ready rollback record --kind deploy|rollback|drill --to TAG [--from TAG] [--env NAME] [--reason TEXT] [--log-url URL]',
    '       rollback-ready rollback finish --deployment ID --state success|failure [--health-url URL --expect-status 200 --retries 5 --timeout 10s --interval 5s]',
  ].join('\n'),
  positionals: true,
  flags: {
    to: {
      type: 'string',
      valueName: 'TAG',
      help: 'plan/record: the release to deploy (plan default: the last known-good before the live one)',
    },
    from: {
      type: 'string',
      valueName: 'TAG',
      help: 'the live release (default: what the ledger says the environment is on, else the latest tag)',
    },
    env: {
      type: 'string',
      valueName: 'NAME',
      help: 'the environment (default: rollback.environment, production)',
    },
    kind: { type: 'string', valueName: 'KIND', help: 'record: deploy, rollback or drill' },
    reason: { type: 'string', valueName: 'TEXT', help: 'record: why, stored in the deployment' },
    actor: {
      type: 'string',
      valueName: 'LOGIN',
      help: 'record: who started it (default: GITHUB_TRIGGERING_ACTOR)',
    },
    'log-url': {
      type: 'string',
      valueName: 'URL',
      help: 'record/finish: the run log, linked from the deployment status',
    },
    deployment: { type: 'string', valueName: 'ID', help: 'finish: the id rollback record printed' },
    state: { type: 'string', valueName: 'STATE', help: 'finish: success or failure (of the deploy step)' },
    'environment-url': {
      type: 'string',
      valueName: 'URL',
      help: 'finish: the deployed app, shown on the deployment',
    },
    'health-url': {
      type: 'string',
      valueName: 'URL',
      help: 'finish: GET this after the deploy; failure marks the deployment failed',
    },
    'expect-status': {
      type: 'string',
      valueName: 'CODE',
      help: 'finish: the healthy HTTP status (default 200)',
    },
    retries: { type: 'string', valueName: 'N', help: 'finish: health-check retries (default 5, at most 30)' },
    timeout: { type: 'string', valueName: 'DURATION', help: 'finish: per-attempt timeout (default 10s)' },
    interval: { type: 'string', valueName: 'DURATION', help: 'finish: wait between attempts (default 5s)' },
    'started-at': {
      type: 'string',
      valueName: 'TIME',
      help: 'finish: when the run started (ISO 8601), for the time to identify',
    },
  },
};

export const STATUS_SPEC: CommandSpec = {
  name: 'status',
  summary:
    'say what each environment is on, since when and by whom, its last known-good release and recent deployments',
  usage: 'status [--env NAME]',
  flags: {
    env: {
      type: 'string',
      valueName: 'NAME',
      help: 'one environment (default: every environment in the ledger; production without a token)',
    },
  },
};

export const BACKUP_SPEC: CommandSpec = {
  name: 'backup',
  summary: 'check that a backup finished recently, is a valid dump, and restores (backup verify)',
  usage:
    'backup verify (--backup-file FILE [--backup-sha256 HEX] | --backup-completed-at TIME | --backup-command CMD) [--max-age 30m] [--restore-check] [--restore-max-age 30d]',
  positionals: true,
  flags: {
    // Also a config option (restore-check: true); as a command flag it needs no value.
    'restore-check': {
      type: 'boolean',
      help: 'restore the dump into a throwaway Postgres and verify it (same as backup.restore-check: true)',
    },
  },
};

export const DEPLOY_SPEC: CommandSpec = {
  name: 'deploy',
  summary:
    'deploy a release through deploy.target and record its artifact in the ledger; --kind rollback redeploys the recorded artifact',
  usage:
    'deploy --to TAG [--sha SHA] [--kind deploy|rollback|drill] [--env NAME] [--from TAG] [--artifact ID] [--allow-production] [--reason TEXT] [--log-url URL]',
  flags: {
    to: { type: 'string', valueName: 'TAG', help: 'the release to put live' },
    sha: {
      type: 'string',
      valueName: 'SHA',
      help: 'the commit the plan or release approved; refused when the tag names another one now',
    },
    kind: { type: 'string', valueName: 'KIND', help: 'deploy (default), rollback or drill' },
    env: { type: 'string', valueName: 'NAME', help: 'the environment (default: rollback.environment)' },
    from: { type: 'string', valueName: 'TAG', help: 'the live release (default: what the ledger says)' },
    artifact: {
      type: 'string',
      valueName: 'ID',
      help: 'rollback/drill: redeploy this artifact (default: the one recorded for the release)',
    },
    'allow-production': { type: 'boolean', help: 'drill: allow a production environment' },
    reason: { type: 'string', valueName: 'TEXT', help: 'why, stored in the deployment' },
    actor: { type: 'string', valueName: 'LOGIN', help: 'who started it (default: GITHUB_TRIGGERING_ACTOR)' },
    'log-url': { type: 'string', valueName: 'URL', help: 'the run log, linked from the deployment status' },
  },
};
