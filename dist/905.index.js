import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 905;
export const ids = [905];
export const modules = {

/***/ 3905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/core/tool.ts
var tool = __webpack_require__(121);
// EXTERNAL MODULE: ./src/git/git.ts + 10 modules
var git_git = __webpack_require__(2724);
// EXTERNAL MODULE: ./src/gates/migrations/layouts.ts + 8 modules
var migrations_layouts = __webpack_require__(3449);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/git/inside-repo.ts
var inside_repo = __webpack_require__(1099);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/gates/migrations/discover.ts
var discover = __webpack_require__(8153);
// EXTERNAL MODULE: ./src/release/calver.ts
var calver = __webpack_require__(6268);
// EXTERNAL MODULE: ./src/release/semver.ts
var semver = __webpack_require__(2161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/init/platform.ts
/**
 * Which platform a repository deploys to, from the files the platforms' own CLIs write: .vercel/
 * project.json or vercel.json (Vercel), fly.toml (Fly.io), render.yaml (Render), a Dockerfile (a
 * container). The ids found there prefill deploy.environments; what cannot be found is left as a
 * placeholder the config names (a Render service id, a staging app).
 */


const MAX = 64 * 1024;
function read(root, path) {
    const full = (0,external_node_path_.join)(root, path);
    if (!(0,external_node_fs_.existsSync)(full))
        return undefined;
    try {
        const text = (0,external_node_fs_.readFileSync)(full, 'utf8');
        return text.length > MAX ? text.slice(0, MAX) : text;
    }
    catch {
        return undefined;
    }
}
const SAFE_ID = /^[A-Za-z0-9._:-]{1,200}$/;
/** Build and push the release's image; ROLLBACK_READY_IMAGE is the configured image with its tag. */
const FLY_BUILD = 'docker build -t "$ROLLBACK_READY_IMAGE" . && printf %s "${FLY_API_TOKEN:-$DEPLOY_TOKEN}" | docker login registry.fly.io -u x --password-stdin && docker push "$ROLLBACK_READY_IMAGE"';
function detectPlatform(root) {
    const linked = read(root, '.vercel/project.json');
    if (linked !== undefined || read(root, 'vercel.json') !== undefined) {
        let project;
        let team;
        try {
            const json = JSON.parse(linked ?? '{}');
            if (typeof json.projectId === 'string' && SAFE_ID.test(json.projectId))
                project = json.projectId;
            if (typeof json.orgId === 'string' && /^team_/.test(json.orgId) && SAFE_ID.test(json.orgId))
                team = json.orgId;
        }
        catch {
            // an unreadable link file: ask for the id instead
        }
        return {
            target: 'vercel',
            evidence: linked !== undefined ? '.vercel/project.json' : 'vercel.json',
            production: { project: project ?? 'prj_PASTE_PROJECT_ID', ...(team ? { team } : {}) },
            paste: project ? [] : ['the Vercel project id (Project → Settings → General → Project ID)'],
        };
    }
    const flyToml = read(root, 'fly.toml');
    if (flyToml !== undefined) {
        const app = /^\s*app\s*=\s*["']([^"'\n]+)["']/m.exec(flyToml)?.[1];
        const ok = app && SAFE_ID.test(app);
        // The Machines API runs images, it cannot build: with a Dockerfile, the release builds and pushes
        // the image of its exact commit (docker is on GitHub's runners; a Fly token logs in to its registry).
        const dockerfile = read(root, 'Dockerfile') !== undefined;
        return {
            target: 'fly',
            evidence: 'fly.toml',
            production: {
                app: ok ? app : 'paste-fly-app',
                image: `registry.fly.io/${ok ? app : 'paste-fly-app'}:{tag}`,
                ...(dockerfile ? { build: FLY_BUILD } : {}),
            },
            paste: [
                ...(ok ? [] : ['the Fly app name']),
                ...(dockerfile
                    ? []
                    : [
                        'a build command that pushes registry.fly.io/<app>:$ROLLBACK_READY_RELEASE (deploy.environments.production.build)',
                    ]),
            ],
        };
    }
    const renderYaml = read(root, 'render.yaml');
    if (renderYaml !== undefined) {
        return {
            target: 'render',
            evidence: 'render.yaml',
            production: { service: 'srv-PASTE_SERVICE_ID' },
            paste: ['the Render service id (srv-…, in the service URL on dashboard.render.com)'],
        };
    }
    if (read(root, 'Dockerfile') !== undefined) {
        return {
            target: 'container',
            evidence: 'Dockerfile',
            // Placeholders the checklist recognises (an image name must be lowercase): never values that look real.
            production: { image: 'ghcr.io/paste_owner/paste_app:{tag}', command: 'PASTE_DEPLOY_COMMAND' },
            paste: ['the image your build pushes', 'the command that runs $ROLLBACK_READY_IMAGE on your host'],
        };
    }
    return undefined;
}
/** The `deploy:` group for .github/rollback-ready.yml. */
function deployConfigText(platform) {
    if (!platform)
        return [
            'deploy:',
            '  target: none                  # vercel, fly, render, container or script: see docs/deploy-targets/',
            '',
        ].join('\n');
    const entries = Object.entries(platform.production)
        .map(([k, v]) => `${k}: ${/[{}:]/.test(v) ? JSON.stringify(v) : v}`)
        .join(', ');
    return [
        'deploy:',
        `  target: ${platform.target.padEnd(20)}# detected from ${platform.evidence}; docs/deploy-targets/${platform.target}.md`,
        '  environments:                 # one project/app/service per environment; tokens only in secrets (DEPLOY_TOKEN)',
        `    production: { ${entries} }`,
        `    # staging: { ${entries.replace(/PASTE[_-]?/g, 'PASTE_STAGING_')} }`,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/init/tag-families.ts
var tag_families = __webpack_require__(2175);
;// CONCATENATED MODULE: ./src/init/detect.ts









/** Count annotated and lightweight release tags of one family (git for-each-ref's objecttype: tag or commit). */
function tagTypesOf(tags, family) {
    if (!family)
        return undefined;
    const scheme = family.scheme === 'calver' ? (0,calver/* calverScheme */.LS)(family.format ?? '') : (0,semver/* semverScheme */.I)(family.prefix ?? '');
    let annotated = 0;
    let lightweight = 0;
    let newest;
    for (const tag of tags) {
        const id = scheme.parse(tag.name);
        if (!id || id.prerelease)
            continue;
        if (tag.annotated)
            annotated += 1;
        else
            lightweight += 1;
        const time = Date.parse(tag.date);
        if (!newest || (!Number.isNaN(time) && time > newest.time))
            newest = { tag, time };
    }
    if (!newest)
        return undefined;
    return { annotated, lightweight, newest: { name: newest.tag.name, annotated: newest.tag.annotated } };
}
async function detectRepository(git) {
    // Tracked and untracked (not ignored) files: a fresh repository with nothing committed still counts.
    const files = await git.worktreeFiles();
    const discovery = await (0,discover/* discoverMigrations */.l)(files, defaults/* DEFAULT_CONFIG */.P.migrations, async (path) => {
        try {
            // Detection reads only inside the checkout: a symlink out of it counts as no file.
            const full = (0,inside_repo/* readablePathInsideRepo */.SX)(git.root, path, path);
            return full === undefined ? undefined : await (0,promises_.readFile)(full, 'utf8');
        }
        catch {
            return undefined;
        }
    });
    // The family that tags the most recent releases of the app holding the migrations is the one releases
    // are compared within.
    const tags = await git.listTags();
    const families = (0,tag_families/* tagFamilies */.zW)(tags, { files, migrations: discovery.files.map((f) => f.path) });
    const chosen = families[0];
    const tagTypes = tagTypesOf(tags, chosen);
    const branch = (await git.defaultBranch())?.replace(/^origin\//, '');
    const releasedOff = await releasedOffBranch(git, branch, tags.find((t) => t.name === chosen?.latest?.name));
    const platform = detectPlatform(git.root);
    return {
        layouts: discovery.layouts,
        migrationFiles: discovery.files.length,
        scheme: chosen?.scheme ?? 'semver',
        prefix: chosen?.prefix ?? 'v',
        releaseTags: chosen?.releases ?? 0,
        families,
        ...(branch ? { defaultBranch: branch } : {}),
        ...(releasedOff ? { releasedOff } : {}),
        ...(tagTypes ? { tagTypes } : {}),
        ...(platform ? { platform } : {}),
    };
}
/** Where the newest release was tagged, when that is not the default branch. */
async function releasedOffBranch(git, branch, latest) {
    if (!branch || !latest)
        return undefined;
    const tip = (await git.resolveCommit(`refs/heads/${branch}`)) ??
        (await git.resolveCommit(`refs/remotes/origin/${branch}`));
    if (!tip || (await git.isAncestor(latest.sha, tip)))
        return undefined;
    const out = await (0,git_git/* runGit */.EO)(git.root, [
        'for-each-ref',
        '--contains',
        latest.sha,
        '--format=%(refname:short)',
        'refs/heads',
        'refs/remotes',
    ]);
    const branches = out.split('\n').filter((n) => n && !n.endsWith('/HEAD') && n !== 'origin');
    return { tag: latest.name, branches };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/config/locate.ts
var locate = __webpack_require__(5562);
// EXTERNAL MODULE: ./src/gates/notes/parse-note.ts
var parse_note = __webpack_require__(4838);
// EXTERNAL MODULE: ./src/gates/notes/template.ts
var template = __webpack_require__(9934);
// EXTERNAL MODULE: ./src/git/run.ts
var git_run = __webpack_require__(3073);
;// CONCATENATED MODULE: ./src/init/tool-pin.ts


/** The placeholder the shipped caller workflows carry where rollback-ready's commit goes. */
const SHA_PLACEHOLDER = '<full-commit-sha>';
/** Where rollback-ready's releases are tagged; an enterprise mirror or a fork is set through the environment. */
const DEFAULT_TOOL_SOURCE = `https://github.com/${tool/* TOOL_NAME */.lH}/${tool/* TOOL_NAME */.lH}`;
const TOOL_SOURCE_ENV = 'ROLLBACK_READY_SOURCE';
const FULL_SHA = /^[0-9a-f]{40}$/;
const LS_REMOTE_TIMEOUT_MS = 20_000;
/** A `--tool-sha` value: a full, lowercase commit SHA, since a tag or short SHA is not a pin. */
function isFullSha(value) {
    return FULL_SHA.test(value);
}
/**
 * The commit of this version's release tag, read with `git ls-remote` (no credentials, no prompt): the
 * release this CLI is, which is what its workflows should run. Trust on first use, like any pin tool; the
 * user sees the SHA and the tag it came from in init's output.
 */
async function resolveToolPin(cwd, given) {
    if (given !== undefined)
        return { sha: given, how: 'given with --tool-sha' };
    const source = process.env[TOOL_SOURCE_ENV] || DEFAULT_TOOL_SOURCE;
    const tag = `v${tool/* TOOL_VERSION */.wr}`;
    const unknown = (why) => ({ why, source, tag });
    let run;
    try {
        run = await (0,git_run/* gitProcess */.y0)(cwd, ['ls-remote', '--tags', '--', source, `refs/tags/${tag}`, `refs/tags/${tag}^{}`], {
            timeoutMs: LS_REMOTE_TIMEOUT_MS,
            maxStdout: 64 * 1024,
        });
    }
    catch (error) {
        return unknown(error instanceof Error ? error.message : String(error));
    }
    if (run.code !== 0) {
        const said = run.stderr.trim().split('\n').filter(Boolean).at(-1) ?? `git ls-remote exited ${run.code}`;
        return unknown(`could not read ${source}: ${said}`);
    }
    const refs = new Map();
    for (const line of run.stdout.toString('utf8').split('\n')) {
        const [sha, ref] = line.split('\t');
        if (sha && ref)
            refs.set(ref.trim(), sha.trim());
    }
    // An annotated tag's own object is not a commit: the peeled line (^{}) names the commit.
    const sha = refs.get(`refs/tags/${tag}^{}`) ?? refs.get(`refs/tags/${tag}`);
    if (!sha || !isFullSha(sha))
        return unknown(`${source} has no tag ${tag}`);
    return { sha, how: `tag ${tag} of ${source}` };
}
/** Fill every placeholder; the version comment beside each `uses:` already names this release. */
function pinWorkflow(content, sha) {
    return content.replaceAll(SHA_PLACEHOLDER, sha);
}

;// CONCATENATED MODULE: ./src/init/plan.ts











/** GitHub reads the pull request template from any of these; the first that exists is extended. */
const PR_TEMPLATE_CANDIDATES = [
    '.github/pull_request_template.md',
    '.github/PULL_REQUEST_TEMPLATE.md',
    'pull_request_template.md',
    'PULL_REQUEST_TEMPLATE.md',
    'docs/pull_request_template.md',
    'docs/PULL_REQUEST_TEMPLATE.md',
];
/** The installed package's root (holding package.json and workflows/), from this file or the bundle. */
function packageRoot(start = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    let dir = start;
    for (let i = 0; i < 8; i++) {
        const pkg = (0,external_node_path_.join)(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(pkg)) {
            try {
                if (JSON.parse((0,external_node_fs_.readFileSync)(pkg, 'utf8')).name === tool/* TOOL_NAME */.lH)
                    return dir;
            }
            catch {
                // not ours: keep looking
            }
        }
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    throw new Error(`cannot find the ${tool/* TOOL_NAME */.lH} package (looked above ${start})`);
}
/** `.github/rollback-ready.yml` with what was detected and the defaults worth seeing. */
function configText(detected) {
    const layout = detected.layouts.length === 1 ? detected.layouts[0] : 'auto';
    const found = detected.layouts.length
        ? `detected: ${detected.layouts.map((l) => (0,migrations_layouts/* layoutById */.X_)(l).name).join(', ')} (${detected.migrationFiles} file(s))`
        : 'no migration files found yet; auto finds them when they appear';
    const scheme = detected.scheme === 'calver'
        ? [
            "  scheme: calver                # prod-2026-07-31.1: UTC date, then the day's counter",
            '  format: prod-YYYY-MM-DD.N',
        ]
        : [
            `  scheme: semver                # ${detected.prefix ?? 'v'}1.4.2 (or calver: prod-YYYY-MM-DD.N, or pattern)`,
            `  prefix: ${yamlPrefix(detected.prefix ?? 'v').padEnd(22)}# releases are compared within this tag family only`,
        ];
    return [
        `# ${tool/* TOOL_NAME */.lH}: every release that reaches production can be rolled back calmly.`,
        '# Every key is optional; unknown keys are errors. Docs: https://github.com/rollback-ready/rollback-ready#configuration',
        '',
        'migrations:',
        `  layout: ${layout.padEnd(22)}# ${found}`,
        '  pg-version: 15                # your production Postgres major version',
        '',
        'tagging:',
        ...scheme,
        `  release-branch: ${(detected.defaultBranch ?? 'main').padEnd(14)}# releases are tagged on this branch`,
        requireAnnotatedLine(detected),
        '  bump: auto                    # tag next: feat → minor, ! or BREAKING CHANGE → major, else patch',
        '',
        'notes:',
        '  source: pr-body               # the release note lives in the pull request description',
        '  environment: production       # deployments of this environment say what the known-good release is',
        '  required-on: release-branch   # a note on pull requests to the release branch; docs- or CI-only ones never need one',
        '',
        deployConfigText(detected.platform),
    ].join('\n');
}
/**
 * Annotated tags are required only when the team already makes them (or has no release tags yet: the
 * release workflow makes annotated ones). Requiring them over a history of lightweight tags would fail
 * every `tag verify` of a team that tags with `git tag NAME` or GitHub's release page.
 */
function requireAnnotatedLine(detected) {
    const types = detected.tagTypes;
    if (!types)
        return '  require-annotated: true       # the release workflow creates annotated tags';
    if (types.newest.annotated)
        return `  require-annotated: true       # your release tags are annotated (${types.annotated} of ${types.annotated + types.lightweight})`;
    return [
        `  require-annotated: false      # your release tags are lightweight (${types.lightweight} of ${types.annotated + types.lightweight}, newest ${types.newest.name});`,
        '                                # set true once releases go through the release workflow (it creates annotated tags)',
    ].join('\n');
}
/** A prefix as a YAML scalar: quoted when plain YAML would misread it (empty, or starting with @ or .). */
function yamlPrefix(prefix) {
    return /^[A-Za-z][A-Za-z0-9._/@-]*$/.test(prefix) ? prefix : `'${prefix}'`;
}
/** The current content of a file init may write; a symlink or a path out of the repository is exit 2. */
function fileContent(root, path) {
    const full = (0,inside_repo/* writablePathInsideRepo */.S3)(root, path);
    return (0,external_node_fs_.existsSync)(full) ? (0,external_node_fs_.readFileSync)(full, 'utf8') : undefined;
}
function planWhole(root, path, content, force, what) {
    const existing = fileContent(root, path);
    if (existing === undefined)
        return { path, action: 'created', content, note: what };
    if (existing === content)
        return { path, action: 'unchanged', note: `${what}, already up to date` };
    if (force)
        return { path, action: 'overwritten', content, note: what };
    return { path, action: 'kept', note: 'exists and differs; re-run with --force to overwrite it' };
}
/** Replace the marked note section, or append one; never touch the rest of the template. */
function planPullRequestTemplate(root, force) {
    const section = (0,template/* noteTemplate */.R)();
    const path = PR_TEMPLATE_CANDIDATES.find((p) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, p))) ?? PR_TEMPLATE_CANDIDATES[0];
    const existing = fileContent(root, path);
    if (existing === undefined) {
        return {
            path,
            action: 'created',
            content: `## What changes and why\n\n…\n\n${section}`,
            note: 'with the release-note section',
        };
    }
    const start = existing.indexOf(parse_note/* NOTE_START */.Sb);
    if (start >= 0) {
        const endAt = existing.indexOf(parse_note/* NOTE_END */.nA, start);
        const end = endAt >= 0 ? endAt + parse_note/* NOTE_END */.nA.length : existing.length;
        const current = existing.slice(start, end);
        if (current.trimEnd() === section.trimEnd())
            return { path, action: 'unchanged', note: 'already has the release-note section' };
        if (!force)
            return {
                path,
                action: 'kept',
                note: 'has an edited release-note section; re-run with --force to replace it',
            };
        const after = existing.slice(end).replace(/^\r?\n/, '');
        return {
            path,
            action: 'overwritten',
            content: `${existing.slice(0, start)}${section}${after}`,
            note: 'release-note section replaced',
        };
    }
    const separator = existing.endsWith('\n\n') ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
    return {
        path,
        action: 'appended',
        content: `${existing}${separator}${section}`,
        note: 'release-note section added at the end',
    };
}
/** The caller workflows users copy, as shipped in the package's workflows/ folder. */
function callerWorkflows(packageDir) {
    const dir = (0,external_node_path_.join)(packageDir, 'workflows');
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((name) => ({ name, content: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name), 'utf8') }));
}
/** Where init writes its deploy workflow when the team's own deploy.yml is at the usual path. */
const OUR_DEPLOY_ALONGSIDE = 'rollback-ready-deploy.yml';
const LOCAL_DEPLOY_CALL = /(uses:\s*\.\/\.github\/workflows\/)deploy\.yml\b/g;
function planInit(options) {
    const { root, force, toolSha } = options;
    const configPath = locate/* CONFIG_CANDIDATES */.y9.find((p) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, p))) ?? locate/* CONFIG_CANDIDATES */.y9[0];
    const plan = [
        planWhole(root, configPath, configText(options.detected), force, 'config with the detected layout and defaults'),
        planPullRequestTemplate(root, force),
    ];
    // The release workflow calls ./.github/workflows/deploy.yml as a reusable workflow. When that path
    // holds the team's own deploy (no workflow_call with our inputs), ours goes beside it under another
    // name and the release workflow calls that one: never a release.yml that calls a workflow GitHub
    // refuses to call.
    const theirDeploy = options.workflows.some((wf) => wf.name === 'deploy.yml' && isForeign(root, wf));
    for (const wf of options.workflows) {
        const path = `.github/workflows/${wf.name}`;
        if (isForeign(root, wf)) {
            plan.push({ path, action: 'kept', note: connectExisting(wf.name), foreign: true });
            if (wf.name !== 'deploy.yml')
                continue;
        }
        const name = wf.name === 'deploy.yml' && theirDeploy ? OUR_DEPLOY_ALONGSIDE : wf.name;
        const target = `.github/workflows/${name}`;
        if (toolSha === undefined) {
            plan.push({
                path: target,
                action: 'skipped',
                note: 'not written: no rollback-ready commit to pin it to',
            });
            continue;
        }
        const content = theirDeploy
            ? wf.content.replace(LOCAL_DEPLOY_CALL, `$1${OUR_DEPLOY_ALONGSIDE}`)
            : wf.content;
        const what = name === OUR_DEPLOY_ALONGSIDE
            ? `rollback-ready's deploy workflow, beside your deploy.yml; release.yml calls this one`
            : 'caller workflow';
        plan.push(planWhole(root, target, pinWorkflow(content, toolSha), force, what));
    }
    return plan;
}
/** A workflow init did not write, at the path init would write: the team's own, never replaced. */
function isForeign(root, wf) {
    const existing = fileContent(root, `.github/workflows/${wf.name}`);
    return existing !== undefined && existing !== wf.content && !writtenByInit(existing);
}
/** Our caller workflows open with `# rollback-ready: <what it is>`; a file without it is not init's. */
function writtenByInit(content) {
    return /^# rollback-ready: /.test(content.replace(/^\uFEFF/, ''));
}
const CONNECT_EXISTING_DEPLOY = `your own deploy workflow is kept, and rollback-ready's is written beside it as ${OUR_DEPLOY_ALONGSIDE}, which release.yml calls. Choose one: deploy through deploy.target in .github/rollback-ready.yml (release.yml then deploys and records the artifact, rollback.yml redeploys it) and turn off your deploy.yml's own triggers so a release does not deploy twice; or keep deploying with yours, delete the deploy job of release.yml and ${OUR_DEPLOY_ALONGSIDE}, and record each deploy by calling deploy-record.yml (phase start before your deploy job, phase finish after it; see docs/deploy-targets/existing-workflow.md)`;
const CONNECT_EXISTING_RELEASE = "your own release workflow is kept. Connect it: have it run `npx rollback-ready notes check` (the release note) before it tags and `npx rollback-ready tag verify <tag>` on the tag it creates (or the action with command: notes check / tag verify), tagging with the scheme in .github/rollback-ready.yml; or release with rollback-ready's instead: copy workflows/release.yml from the rollback-ready package to .github/workflows/rollback-ready-release.yml and stop tagging production from yours (see docs/release-notes.md, The release workflow)";
/** How to connect a workflow of the team's own that sits where init would write one. */
function connectExisting(name) {
    if (name === 'deploy.yml')
        return CONNECT_EXISTING_DEPLOY;
    if (name === 'release.yml')
        return CONNECT_EXISTING_RELEASE;
    const base = name.replace(/\.ya?ml$/, '');
    return `your own ${name} is kept (init did not write it). Add rollback-ready's next to it under another name: copy workflows/${name} from the rollback-ready package to .github/workflows/rollback-ready-${base}.yml`;
}
function applyPlan(root, plan) {
    for (const file of plan) {
        if (file.content === undefined || file.action === 'kept' || file.action === 'unchanged')
            continue;
        // Checked again at write time: never write through a symlink, nor into a folder that leads out.
        const full = (0,inside_repo/* writablePathInsideRepo */.S3)(root, file.path);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(full), { recursive: true });
        (0,inside_repo/* writablePathInsideRepo */.S3)(root, file.path);
        (0,external_node_fs_.writeFileSync)(full, file.content, { flag: file.action === 'created' ? 'wx' : 'w' });
    }
}

// EXTERNAL MODULE: ./src/commands/specs.ts
var specs = __webpack_require__(3990);
;// CONCATENATED MODULE: ./src/commands/init.ts










/** `init`: write the config, the PR template's note section and the caller workflows; never overwrite silently. */
const initCommand = {
    ...specs/* INIT_SPEC */.LW,
    async run(ctx) {
        const { settings } = ctx;
        const given = ctx.flags['tool-sha'];
        if (typeof given === 'string' && !isFullSha(given))
            throw new errors/* UsageError */.eb(`--tool-sha: "${given.slice(0, 60)}" is not a full commit SHA (40 lowercase hex digits); a tag or a short SHA is not a pin`);
        const git = await git_git/* GitCli */.Tq.open(settings.run.cwd);
        const detected = await detectRepository(git);
        const pin = await resolveToolPin(git.root, typeof given === 'string' ? given : undefined);
        const plan = planInit({
            root: git.root,
            detected,
            force: ctx.flags.force === true,
            workflows: callerWorkflows(packageRoot()),
            ...('sha' in pin ? { toolSha: pin.sha } : {}),
        });
        applyPlan(git.root, plan);
        const findings = plan
            .filter((f) => f.action === 'kept')
            .map((f) => 
        // --force is advice only for files init owns; a team's own workflow is connected, never replaced.
        f.foreign
            ? {
                gate: 'config',
                rule: 'init-existing-workflow',
                severity: 'warning',
                file: f.path,
                message: `Kept ${f.path}: it is your own workflow, not one init wrote, so init leaves it alone (also with --force).`,
                help: f.note.replace(/^./, (c) => c.toUpperCase()),
                docs: (0,tool/* ruleDocsUrl */.hS)('init-existing-workflow'),
            }
            : {
                gate: 'config',
                rule: 'init-would-overwrite',
                severity: 'error',
                file: f.path,
                message: `Kept ${f.path}: it exists and differs from what init writes.`,
                help: 'Compare it with a fresh copy, or re-run "rollback-ready init --force" to overwrite it.',
                docs: (0,tool/* ruleDocsUrl */.hS)('init-would-overwrite'),
            });
        if ('why' in pin)
            findings.push(unpinnedFinding(pin, plan));
        const written = plan.filter((f) => !['kept', 'unchanged', 'skipped'].includes(f.action)).length;
        const summary = `${written} file(s) written, ${plan.length - written} left as they were`;
        const report = (0,core_report/* buildReport */.F)(findings, [{ gate: 'config', status: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass', summary }], settings.run.failOn, {
            root: git.root,
            files: plan.map((f) => ({ path: f.path, action: f.action, note: f.note })),
            detected,
        });
        return { report, text: initText(git.root, plan, detected, pin) };
    },
};
/**
 * Init could not learn which rollback-ready commit to pin: it wrote no workflow rather than one whose
 * `uses:` names a ref that does not exist (GitHub fails such a file on every event that would run it).
 */
function unpinnedFinding(pin, plan) {
    const skipped = plan.filter((f) => f.action === 'skipped').map((f) => f.path);
    return {
        gate: 'config',
        rule: 'init-workflows-unpinned',
        severity: 'error',
        message: `Wrote no workflow (${skipped.length ? skipped.join(', ') : 'none planned'}): init does not know the rollback-ready commit to pin them to (${pin.why}).`,
        help: `Re-run with the commit of the rollback-ready release you trust: rollback-ready init --tool-sha SHA (the commit of ${pin.tag}: git ls-remote ${pin.source} 'refs/tags/${pin.tag}^{}'), or set ${TOOL_SOURCE_ENV} to a mirror that has the tag.`,
        docs: (0,tool/* ruleDocsUrl */.hS)('init-workflows-unpinned'),
    };
}
const ACTION_WIDTH = 12;
const SHOWN_FAMILIES = 6;
/** Which tag family init chose and the others it saw, so a wrong choice is one edit away. */
function familyLines(families) {
    if (families.length === 0)
        return [];
    const describe = (f) => `${(0,tag_families/* familyLabel */.B8)(f)}: ${f.releases} release tag(s)${f.latest ? `, newest ${f.latest.name} on ${f.latest.date.slice(0, 10)}` : ''}`;
    const chosen = families[0];
    const elsewhere = families.filter((f) => f.otherPart).slice(0, 3);
    const why = chosen.otherPart
        ? `the family that tags the most recent releases; it is named after ${chosen.otherPart}, which holds none of the migrations: check that it tags the app's releases`
        : elsewhere.length
            ? `the family that tags the most recent releases of the app holding the migrations; ${elsewhere.map((f) => `"${f.prefix}" tags ${f.otherPart}`).join(', ')}`
            : 'the family that tags the most recent releases';
    const lines = [`Release tags: chose ${describe(chosen)} (${why}).`];
    const others = families.slice(1);
    if (others.length) {
        lines.push('  Also seen (set tagging.prefix or tagging.scheme to use one instead):');
        for (const f of others.slice(0, SHOWN_FAMILIES))
            lines.push(`    ${describe(f)}`);
        if (others.length > SHOWN_FAMILIES)
            lines.push(`    … and ${others.length - SHOWN_FAMILIES} more`);
    }
    return lines;
}
/** Releases cut on release branches: say so, since tag next and the PR check read one release branch. */
function releasedOffLines(detected) {
    const off = detected.releasedOff;
    if (!off)
        return [];
    const where = off.branches.length ? `on ${off.branches.slice(0, 3).join(', ')}` : 'on no branch';
    return [
        `  Its newest release ${off.tag} is not on ${detected.defaultBranch ?? 'the default branch'} but ${where}: releases are cut on release branches.`,
        '  Set tagging.release-branch to the branch you release from, so tag next and the previous-release comparison read its tags.',
    ];
}
function initText(root, plan, detected, pin) {
    const lines = [`rollback-ready init: ${root}`, ''];
    for (const f of plan)
        lines.push(`  ${f.action.padEnd(ACTION_WIDTH)}${f.path}  (${f.note})`);
    const layouts = detected.layouts.map((l) => (0,migrations_layouts/* layoutById */.X_)(l).name).join(', ') || 'none yet';
    lines.push('', `Detected: migrations ${layouts}; release IDs ${detected.scheme}${detected.releaseTags ? ` (${detected.releaseTags} existing release tag(s))` : ''}; default branch ${detected.defaultBranch ?? 'unknown'}.`, ...familyLines(detected.families ?? []), ...releasedOffLines(detected), ...(detected.tagTypes && !detected.tagTypes.newest.annotated
        ? [
            `Release tags are lightweight (newest ${detected.tagTypes.newest.name}): tagging.require-annotated is false, so tag verify accepts them.`,
        ]
        : []), '', 'Next steps:', '  1. Review .github/rollback-ready.yml (migration layout, production Postgres version, release-ID scheme).', 'sha' in pin
        ? `  2. The workflows run rollback-ready at ${pin.sha} (${pin.how}); check it is the release you trust.`
        : `  2. No workflow was written: init does not know the rollback-ready commit to pin (${pin.why}). Re-run: rollback-ready init --tool-sha SHA, with the commit of ${pin.tag} (git ls-remote ${pin.source} 'refs/tags/${pin.tag}^{}').`, '  3. Commit and open a pull request: its description now carries the release note.', '     Fill it in with: npx rollback-ready notes draft', '  4. Check locally before pushing: npx rollback-ready check', '  5. After merging, release from the Actions tab: "release" → Run workflow.');
    const p = detected.platform;
    lines.push('', p
        ? `Deploys: ${p.target} (from ${p.evidence}). The release workflow deploys through it and records the artifact; the rollback button redeploys it, no build.`
        : 'Deploys: no platform detected (vercel.json, fly.toml, render.yaml, Dockerfile); set deploy.target in .github/rollback-ready.yml (docs/deploy-targets/).', ...(p?.paste.length ? [`  Paste into deploy.environments.production: ${p.paste.join('; ')}.`] : []), ...(p
        ? [
            `  Add the secret DEPLOY_TOKEN (a ${p.target === 'vercel' ? 'Vercel access token' : p.target === 'fly' ? 'Fly deploy token: fly tokens create deploy' : p.target === 'render' ? 'Render API key' : 'registry/host credential your command uses'}) to the production environment.`,
            `  Turn off the platform's own auto-deploys so only releases go live: docs/deploy-targets/${p.target}.md`,
        ]
        : []));
    const kept = plan.filter((f) => f.action === 'kept' && !f.foreign);
    if (kept.length) {
        lines.push('', `Kept ${kept.length} existing file(s) unchanged; re-run with --force to overwrite: ${kept.map((f) => f.path).join(', ')}`);
    }
    const theirs = plan.filter((f) => f.foreign);
    if (theirs.length) {
        lines.push('', `Kept your own workflow(s), which --force never replaces: ${theirs.map((f) => f.path).join(', ')}. Connect each as its line above says.`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 4720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ packagesWithoutMigrations)
/* harmony export */ });
/**
 * The packages of a monorepo, read from file paths alone: a folder one or two levels deep (`cli`,
 * `apps/desktop`) with a manifest of its own is a program of its own. A folder without one (docker/,
 * a Helm chart) packages or deploys the app rather than being another program. Pure: no I/O.
 */
const MANIFEST = /^(?:package\.json|go\.mod|Cargo\.toml|pyproject\.toml|composer\.json|pubspec\.yaml|pom\.xml|build\.gradle(?:\.kts)?)$/;
/**
 * Packages that hold no migration, by lower-cased folder name (`image-proxy` → `apps/image-proxy`): a
 * tag family or deploy workflow named after one releases another program, not the app whose schema
 * the gates check. A name that some package holding migrations also has is left out.
 */
function packagesWithoutMigrations(files, isMigration) {
    const packages = new Set();
    for (const file of files) {
        const parts = file.split('/');
        if (parts.length >= 2 && parts.length <= 3 && MANIFEST.test(parts.at(-1)))
            packages.add(parts.slice(0, -1).join('/'));
    }
    const withMigrations = new Set();
    for (const file of files) {
        if (!isMigration(file))
            continue;
        for (const pkg of packages)
            if (file.startsWith(`${pkg}/`))
                withMigrations.add(pkg);
    }
    const nameOf = (pkg) => pkg.split('/').pop().toLowerCase();
    const own = new Set([...withMigrations].map(nameOf));
    const others = new Map();
    for (const pkg of [...packages].sort()) {
        const name = nameOf(pkg);
        if (!withMigrations.has(pkg) && !own.has(name) && !others.has(name))
            others.set(name, pkg);
    }
    return others;
}


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport)
/* harmony export */ });
/* harmony import */ var _group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8472);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(121);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9478);



function buildReport(findings, gates, failOn, extra = {}) {
    const grouped = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .groupFindings */ .kG)(findings);
    return {
        schemaVersion: 1,
        tool: { name: _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .lH, version: _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .wr },
        verdict: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictOf */ .Vj)(findings, failOn),
        findings: grouped.findings,
        gates: [...gates],
        ...extra,
        ...(grouped.groups.length ? { groups: grouped.groups } : {}),
    };
}


/***/ }),

/***/ 4838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sb: () => (/* binding */ NOTE_START),
/* harmony export */   TA: () => (/* binding */ NOTE_FIELDS),
/* harmony export */   nA: () => (/* binding */ NOTE_END),
/* harmony export */   wK: () => (/* binding */ isPlaceholder),
/* harmony export */   wd: () => (/* binding */ parseNote)
/* harmony export */ });
/* unused harmony exports fieldSpec, cleanValue */
/**
 * Read a release note out of Markdown as people actually write it: `Release ID: v1.4.2`,
 * `**Release ID:** v1.4.2`, `- Rollback: v1.4.1`, a `### Rollback` heading followed by a line, or a
 * `| Owner | @team |` table row. Field names are case-insensitive. When the body carries the
 * template's marker, only the marked section counts.
 */
const NOTE_START = '<!-- rollback-ready:note -->';
const NOTE_END = '<!-- /rollback-ready:note -->';
const NOTE_FIELDS = [
    {
        key: 'releaseId',
        label: 'Release ID',
        required: true,
        names: ['release id', 'release-id', 'releaseid', 'release tag'],
    },
    { key: 'change', label: 'Change', required: true, names: ['change', 'what changes', 'what changed'] },
    { key: 'watch', label: 'Watch', required: true, names: ['watch', 'what to watch'] },
    {
        key: 'rollback',
        label: 'Rollback',
        required: true,
        names: ['rollback', 'roll back', 'rollback target', 'rollback to', 'roll back to'],
    },
    { key: 'owner', label: 'Owner', required: true, names: ['owner', 'owners'] },
    {
        key: 'killSwitch',
        label: 'Kill switch',
        required: false,
        names: ['kill switch', 'kill-switch', 'killswitch'],
    },
    { key: 'backup', label: 'Backup', required: false, names: ['backup'] },
];
const FIELD_BY_NAME = new Map(NOTE_FIELDS.flatMap((f) => f.names.map((n) => [n, f])));
function fieldSpec(key) {
    return NOTE_FIELDS.find((f) => f.key === key);
}
const EMPHASIS = /^(?:\*\*|__|\*|_)|(?:\*\*|__|\*|_)$/g;
// The whitespace after the name is one run (`\s*(?:emphasis\s*)?:`), never two adjacent `\s*`: on a
// long line of spaces with no colon those split the run every way and took seconds (quadratic).
const LABEL_LINE = /^(?:\*\*|__|\*|_)?([A-Za-z][A-Za-z -]{0,40}?)\s*(?:(?:\*\*|__|\*|_)\s*)?:\s*(?:\*\*|__|\*|_)?\s*(.*)$/;
const HEADING_START = /^#{1,6}\s+/;
const LIST_MARKER = /^(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;
function normalizeName(text) {
    return text.trim().replace(EMPHASIS, '').replace(/:$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
/** Strip what decorates a value but is not part of it: emphasis, backticks, table pipes. */
function cleanValue(text) {
    let v = text.trim();
    if (v.endsWith('|'))
        v = v.slice(0, -1).trimEnd();
    for (let i = 0; i < 3; i++) {
        const before = v;
        v = unwrapBackticks(v.replace(/^(\*\*|__)(.*)\1$/, '$2')).trim();
        if (v === before)
            break;
    }
    return v;
}
// Headings, trailing pipes and code spans are taken apart by counting, not by regexes such as
// `(.*?)\s*#*\s*$` or `^`+([^`]*)`+$`: on a long line those backtracked for seconds to hours, and a
// pull request body is anyone's input.
/** `code` → code (any number of backticks around text without one). */
function unwrapBackticks(v) {
    if (v.length < 2 || !v.startsWith('`') || !v.endsWith('`'))
        return v;
    let start = 0;
    while (start < v.length && v[start] === '`')
        start++;
    if (start === v.length)
        return '';
    let end = v.length;
    while (v[end - 1] === '`')
        end--;
    const inner = v.slice(start, end);
    return inner.includes('`') ? v : inner;
}
/** An ATX heading's text without its closing #s, or undefined when the line is not a heading. */
function headingText(line) {
    const start = HEADING_START.exec(line);
    if (!start)
        return undefined;
    const text = line.slice(start[0].length).trimEnd();
    let end = text.length;
    while (end > 0 && text[end - 1] === '#')
        end--;
    return text.slice(0, end).trimEnd();
}
/** Blank out HTML comments (keeping line breaks, so line numbers stay right). */
function blankComments(text) {
    return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/[^\n]/g, ' '));
}
function classify(raw) {
    let line = raw.trim().replace(/^>\s?/, '');
    const text = headingText(line);
    if (text !== undefined) {
        const labelled = LABEL_LINE.exec(text);
        if (labelled) {
            const spec = FIELD_BY_NAME.get(normalizeName(labelled[1]));
            if (spec)
                return { spec, inlineValue: labelled[2], heading: true };
        }
        const spec = FIELD_BY_NAME.get(normalizeName(text));
        return spec ? { spec, heading: true } : { heading: true };
    }
    if (line.startsWith('|')) {
        const cells = line.split('|').slice(1, -1);
        if (cells.length >= 2) {
            const spec = FIELD_BY_NAME.get(normalizeName(cells[0]));
            if (spec)
                return { spec, inlineValue: cells.slice(1).join('|'), heading: false };
        }
        return { heading: false };
    }
    line = line.replace(LIST_MARKER, '');
    const labelled = LABEL_LINE.exec(line);
    if (labelled) {
        const spec = FIELD_BY_NAME.get(normalizeName(labelled[1]));
        if (spec)
            return { spec, inlineValue: labelled[2], heading: false };
    }
    return { heading: false };
}
function parseNote(body) {
    const lines = body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const lower = lines.map((l) => l.toLowerCase().replace(/\s+/g, ''));
    const start = NOTE_START.replace(/\s+/g, '');
    const startIndex = lower.findIndex((l) => l.includes(start));
    let from = 0;
    let to = lines.length;
    const problems = [];
    const note = { fields: {}, problems };
    if (startIndex >= 0) {
        note.markerLine = startIndex + 1;
        from = startIndex + 1;
        const endIndex = lower.findIndex((l, i) => i > startIndex && l.includes(NOTE_END.replace(/\s+/g, '')));
        if (endIndex >= 0)
            to = endIndex;
        const second = lower.findIndex((l, i) => i > startIndex && l.includes(start));
        if (second >= 0) {
            problems.push({
                line: second + 1,
                message: `a second marked release note starts here (the first is on line ${startIndex + 1}); keep one`,
            });
        }
        if (fencedLines(lines)[startIndex]) {
            problems.push({
                line: startIndex + 1,
                message: 'the release note marker is inside a code fence, so the note is example text, not a note; move it out of the fence',
            });
        }
    }
    const text = blankComments(lines.slice(from, to).join('\n')).split('\n');
    const fenced = fencedLines(text);
    const usable = text.map((l, i) => (fenced[i] ? undefined : l));
    for (let i = 0; i < usable.length; i++) {
        const raw = usable[i];
        if (raw === undefined)
            continue;
        const found = classify(raw);
        if (!found.spec)
            continue;
        const earlier = note.fields[found.spec.key];
        if (earlier) {
            problems.push({
                line: from + i + 1,
                message: `${found.spec.label} is given twice (lines ${earlier.line} and ${from + i + 1}); keep one`,
            });
            continue;
        }
        const items = [];
        const inline = cleanValue(found.inlineValue ?? '');
        if (inline)
            items.push(inline);
        else {
            // The value is on the following lines: a heading's paragraph, or a list under "Watch:".
            for (let j = i + 1; j < usable.length; j++) {
                const next = usable[j];
                if (next === undefined)
                    continue;
                if (next.trim() === '') {
                    if (items.length)
                        break;
                    continue;
                }
                const c = classify(next);
                if (c.spec || c.heading)
                    break;
                const item = cleanValue(next.trim().replace(/^>\s?/, '').replace(LIST_MARKER, ''));
                if (item)
                    items.push(item);
            }
        }
        note.fields[found.spec.key] = { key: found.spec.key, value: items.join('; '), items, line: from + i + 1 };
    }
    return note;
}
/** For each line, whether it is inside a fenced code block (fence lines included). */
function fencedLines(lines) {
    let fence;
    return lines.map((l) => {
        const marker = /^\s*(`{3,}|~{3,})/.exec(l)?.[1];
        if (fence) {
            if (marker && marker[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
            return true;
        }
        if (marker)
            fence = marker;
        return marker !== undefined;
    });
}
const PLACEHOLDER_WORDS = /^(?:todo|tbd|tba|fixme|xxx+|n\/?a|\?+|…+|\.{2,}|-+|_+|—|–)$/i;
/** Empty, or still the template's placeholder (`<release id>`, `TODO`, `…`, `e.g. v1.4.2`). */
function isPlaceholder(value) {
    const v = value.trim();
    if (v === '')
        return true;
    if (PLACEHOLDER_WORDS.test(v))
        return true;
    if (/^<[^<>]*>$/.test(v) || /^\[[^\]]*\]$/.test(v) || /^\{[^{}]*\}$/.test(v))
        return true;
    if (/^(?:todo|tbd|fixme)\b/i.test(v))
        return true;
    if (/^(?:e\.g\.|eg\.|for example)/i.test(v))
        return true;
    return /^[.…\s]+$/.test(v);
}


/***/ }),

/***/ 9934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ noteTemplate)
/* harmony export */ });
/* harmony import */ var _parse_note_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4838);

/**
 * The release-note section, as the pull request template carries it and `notes draft` prints it.
 * Placeholders are `…` (visible when rendered) with the hint in an HTML comment (visible when editing).
 * List items, so every field renders on its own line.
 */
function noteTemplate(values = {}) {
    return [
        _parse_note_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTE_START */ .Sb,
        '### Release note',
        '',
        `- **Release ID:** ${values.releaseId ?? '…'} <!-- the tag this release gets, e.g. v1.4.2; npx rollback-ready notes draft fills it in -->`,
        '- **Change:** … <!-- one sentence: what changes for users -->',
        '- **Watch:** … <!-- one or two metrics or user actions that show it works, e.g. checkout completion rate -->',
        `- **Rollback:** ${values.rollback ?? '…'} <!-- the release to go back to (the current known-good release) -->`,
        '- **Owner:** … <!-- @user or @org/team who watches this release -->',
        '- **Kill switch:** <!-- optional: the flag that turns this change off -->',
        '- **Backup:** <!-- optional: the backup taken before this release -->',
        _parse_note_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTE_END */ .nA,
        '',
    ].join('\n');
}


/***/ }),

/***/ 2175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ familyLabel),
/* harmony export */   zW: () => (/* binding */ tagFamilies)
/* harmony export */ });
/* unused harmony exports CALVER_FORMAT, PREFIX_CHARS, prefixPart */
/* harmony import */ var _core_monorepo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4720);
/* harmony import */ var _release_calver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6268);
/* harmony import */ var _release_semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2161);



/** The calver format init proposes and recognises. */
const CALVER_FORMAT = 'prod-YYYY-MM-DD.N';
/** Characters a semver prefix may hold (the config accepts the same). */
const PREFIX_CHARS = /^[A-Za-z0-9._/@-]*$/;
const SEMVER_TAIL = /^(.*?)((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?)$/;
const YEAR_MS = 365 * 24 * 3600 * 1000;
function familyLabel(f) {
    return f.scheme === 'calver' ? `calver ${f.format}` : `semver prefix ${JSON.stringify(f.prefix)}`;
}
function familyKey(tag) {
    const calver = (0,_release_calver_js__WEBPACK_IMPORTED_MODULE_0__/* .calverScheme */ .LS)(CALVER_FORMAT).parse(tag);
    if (calver)
        return { key: 'calver', family: { scheme: 'calver', format: CALVER_FORMAT }, prerelease: false };
    const m = SEMVER_TAIL.exec(tag);
    if (!m)
        return undefined;
    const prefix = m[1];
    if (!PREFIX_CHARS.test(prefix) || prefix.length > 40)
        return undefined;
    // A prefix ending in a digit would split `1.2.3.4` or `re2-…` oddly: such names are not a version family.
    if (/\d$/.test(prefix))
        return undefined;
    const id = (0,_release_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .semverScheme */ .I)(prefix).parse(tag);
    if (!id)
        return undefined;
    return { key: `semver:${prefix}`, family: { scheme: 'semver', prefix }, prerelease: id.prerelease };
}
/** The part of a repository a semver prefix names: `desktop-v` → desktop, `@acme/api@` → api, `v` → none. */
function prefixPart(prefix) {
    const last = prefix.split('/').at(-1);
    const part = last.replace(/^v[-_.]/i, '').replace(/(?:[-_.@]+v)?[-_.@]*$/i, '');
    return /^v?$/i.test(part) ? undefined : part;
}
/**
 * Group tags into families, best first: the family whose newest release is newest (by day) tags the
 * releases that ship today; on a tie, of two naming the same commit the shorter prefix, else the one with
 * more releases in the last year, then the shorter prefix.
 * With the repository's shape, a family named after another package of a monorepo (`desktop-v` for
 * apps/desktop while the migrations are in apps/web) comes after every family released in the last year
 * that is not: its tags say nothing about the schema the gates check.
 */
function tagFamilies(tags, shape) {
    const families = new Map();
    const times = [];
    for (const tag of tags) {
        const read = familyKey(tag.name);
        if (!read)
            continue;
        let family = families.get(read.key);
        if (!family) {
            family = { ...read.family, releases: 0, recent: 0 };
            families.set(read.key, family);
        }
        if (read.prerelease)
            continue;
        family.releases += 1;
        const time = Date.parse(tag.date);
        if (Number.isNaN(time))
            continue;
        times.push({ key: read.key, time });
        if (!family.latest || time > Date.parse(family.latest.date))
            family.latest = { name: tag.name, date: tag.date, sha: tag.sha };
    }
    const newest = Math.max(...times.map((t) => t.time));
    for (const t of times)
        if (newest - t.time <= YEAR_MS)
            families.get(t.key).recent += 1;
    const day = (f) => (f.latest ? new Date(f.latest.date).toISOString().slice(0, 10) : '');
    const found = [...families.values()].filter((f) => f.releases > 0);
    if (shape) {
        const migrations = new Set(shape.migrations);
        const others = (0,_core_monorepo_js__WEBPACK_IMPORTED_MODULE_2__/* .packagesWithoutMigrations */ .l)(shape.files, (path) => migrations.has(path));
        for (const f of found) {
            const part = f.scheme === 'semver' ? prefixPart(f.prefix ?? '') : undefined;
            const other = part ? others.get(part.toLowerCase()) : undefined;
            if (other)
                f.otherPart = other;
        }
    }
    const liveOwn = found.some((f) => !f.otherPart && f.recent > 0);
    const elsewhere = (f) => (liveOwn && f.otherPart ? 1 : 0);
    // Two families whose newest tags name the same commit name the same release (trigger.dev tags
    // v4.5.12, v.docker.4.5.12 and helm-v4.5.12 together): the plainer name is the release ID people say,
    // whichever family has more tags (the build pipeline's may tag more often).
    const sameRelease = (a, b) => a.latest?.sha !== undefined && a.latest.sha === b.latest?.sha ? 1 : 0;
    return found.sort((a, b) => elsewhere(a) - elsewhere(b) ||
        day(b).localeCompare(day(a)) ||
        sameRelease(a, b) * ((a.prefix ?? '').length - (b.prefix ?? '').length) ||
        b.recent - a.recent ||
        (a.prefix ?? '').length - (b.prefix ?? '').length ||
        (a.prefix ?? '').localeCompare(b.prefix ?? ''));
}


/***/ }),

/***/ 6268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ calverScheme),
/* harmony export */   s6: () => (/* binding */ calverFormatProblem)
/* harmony export */ });
/* unused harmony exports tokenizeCalver, utcDay */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _release_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(136);


/** Tokens of a calver format; everything else is literal. `N` counts releases within a UTC day, from 1. */
const TOKENS = ['YYYY', 'YY', 'MM', 'DD', 'N'];
const TOKEN_PATTERN = {
    YYYY: '(\\d{4})',
    YY: '(\\d{2})',
    MM: '(\\d{2})',
    DD: '(\\d{2})',
    N: '([1-9]\\d{0,5})',
};
function tokenizeCalver(format) {
    const pieces = [];
    let literal = '';
    for (let i = 0; i < format.length;) {
        const token = TOKENS.find((t) => format.startsWith(t, i));
        if (token) {
            if (literal)
                pieces.push({ literal });
            literal = '';
            pieces.push({ token });
            i += token.length;
        }
        else {
            literal += format[i];
            i += 1;
        }
    }
    if (literal)
        pieces.push({ literal });
    return pieces;
}
/** Why a calver format cannot work, or undefined: it needs a year, month, day and counter, once each. */
function calverFormatProblem(format) {
    const pieces = tokenizeCalver(format);
    const count = (t) => pieces.filter((p) => 'token' in p && p.token === t).length;
    const years = count('YYYY') + count('YY');
    if (years !== 1 || count('MM') !== 1 || count('DD') !== 1 || count('N') !== 1) {
        return 'YYYY (or YY), MM, DD and N exactly once each';
    }
    const literals = pieces.map((p) => ('literal' in p ? p.literal : '')).join('');
    if (!/^[A-Za-z0-9._/+-]*$/.test(literals))
        return 'only letters, digits and . _ / + - between the tokens';
    return undefined;
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** `YYYY-MM-DD` of a moment, in UTC. */
function utcDay(date) {
    return date.toISOString().slice(0, 10);
}
function calverScheme(format) {
    const problem = calverFormatProblem(format);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tagging.format: "${format}" must contain ${problem}`);
    const pieces = tokenizeCalver(format);
    const regex = new RegExp(`^${pieces.map((p) => ('token' in p ? TOKEN_PATTERN[p.token] : escapeRegExp(p.literal))).join('')}$`);
    const tokenOrder = pieces.flatMap((p) => ('token' in p ? [p.token] : []));
    const render = (year, month, day, n) => pieces
        .map((p) => {
        if ('literal' in p)
            return p.literal;
        switch (p.token) {
            case 'YYYY':
                return String(year).padStart(4, '0');
            case 'YY':
                return String(year % 100).padStart(2, '0');
            case 'MM':
                return String(month).padStart(2, '0');
            case 'DD':
                return String(day).padStart(2, '0');
            case 'N':
                return String(n);
        }
    })
        .join('');
    const example = render(2026, 7, 31, 1);
    return {
        id: 'calver',
        label: `calver "${format}" (${example})`,
        example,
        parse(name) {
            const m = regex.exec(name);
            if (!m)
                return undefined;
            const values = {};
            tokenOrder.forEach((t, i) => (values[t] = Number(m[i + 1])));
            const year = values.YYYY ?? 2000 + (values.YY ?? 0);
            const month = values.MM;
            const day = values.DD;
            if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
                return undefined;
            const dayText = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            return { name, parts: [year, month, day, values.N], prerelease: false, day: dayText };
        },
        compare(a, b) {
            return (0,_release_id_js__WEBPACK_IMPORTED_MODULE_1__/* .compareParts */ .q)(a.parts, b.parts);
        },
        next(latest, { now, taken }) {
            const today = utcDay(now);
            const [year, month, day] = today.split('-').map(Number);
            if (latest?.day && latest.day > today) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the latest release ${latest.name} is dated after today (${today} UTC); check the machine's clock or pass the release ID yourself`);
            }
            // Count past every tag of the day, released or not, so a counter never reuses a name.
            const sameDay = [latest, ...taken].filter((r) => r?.day === today);
            const n = Math.max(0, ...sameDay.map((r) => r.parts[3])) + 1;
            return render(year, month, day, n);
        },
    };
}


/***/ }),

/***/ 136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ compareParts)
/* harmony export */ });
/** Compare numeric parts left to right; a shorter list sorts first on a tie. */
function compareParts(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? -1) - (b[i] ?? -1);
        if (d !== 0)
            return d;
    }
    return 0;
}


/***/ }),

/***/ 2161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ semverScheme)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** `v1.4.2`: a prefix, then a canonical semantic version; `-rc.1` marks a pre-release. */
function semverScheme(prefix) {
    const example = `${prefix}1.4.2`;
    // Sorting 2,000 tags compares each about 20 times: each name is read into a SemVer once, not per compare.
    const versions = new Map();
    const version = (name) => {
        let v = versions.get(name);
        if (!v) {
            v = new (semver__WEBPACK_IMPORTED_MODULE_0___default().SemVer)(name.slice(prefix.length));
            versions.set(name, v);
        }
        return v;
    };
    return {
        id: 'semver',
        label: `semver with prefix "${prefix}" (${example})`,
        example,
        parse(name) {
            if (!name.startsWith(prefix))
                return undefined;
            const raw = name.slice(prefix.length);
            const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(raw, { loose: false });
            // Exactly the canonical form: no leading zeros, no "=" or second "v", no build metadata.
            if (!parsed || parsed.version !== raw)
                return undefined;
            return {
                name,
                parts: [parsed.major, parsed.minor, parsed.patch],
                prerelease: parsed.prerelease.length > 0,
            };
        },
        compare(a, b) {
            // What semver.compare does, with each side parsed once.
            return version(a.name).compare(version(b.name));
        },
        next(latest, { bump }) {
            if (!latest)
                return `${prefix}1.0.0`;
            const version = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(latest.name.slice(prefix.length), bump);
            if (!version)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot bump ${latest.name} by ${bump}`);
            return `${prefix}${version}`;
        },
    };
}


/***/ })

};
