import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
export const id = 461;
export const ids = [461];
export const modules = {

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

/***/ 4656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluateNote),
  Y: () => (/* binding */ findKnownGood)
});

// EXTERNAL MODULE: ./src/github/failure.ts
var github_failure = __webpack_require__(8881);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/github/ledger-read.ts + 1 modules
var ledger_read = __webpack_require__(8139);
// EXTERNAL MODULE: ./src/release/history.ts + 1 modules
var release_history = __webpack_require__(909);
// EXTERNAL MODULE: ./src/release/names.ts
var names = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/core/tool.ts
var tool = __webpack_require__(121);
// EXTERNAL MODULE: ./src/gates/notes/parse-note.ts
var parse_note = __webpack_require__(4838);
;// CONCATENATED MODULE: ./src/gates/notes/check-note.ts



const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;
/** Check a parsed note against what it must say. Pure: every fact arrives in `expect`. */
function checkNote(note, expect) {
    const findings = [];
    const add = (rule, line, message, help, severity = 'error') => findings.push({
        gate: 'notes',
        rule,
        severity,
        ...(expect.file ? { file: expect.file } : {}),
        ...(line ? { line } : {}),
        // A PR or release body has no file to point into, so the line goes into the message.
        message: !expect.file && line ? `Line ${line}: ${message}` : message,
        help,
        docs: (0,tool/* ruleDocsUrl */.hS)(rule),
    });
    for (const problem of note.problems ?? []) {
        add('note-ambiguous', problem.line, `The release note is ambiguous: ${problem.message}.`, 'A note says each thing once, in one marked section outside code blocks, so the gate checks what reviewers read.');
    }
    const present = parse_note/* NOTE_FIELDS */.TA.filter((f) => note.fields[f.key]);
    if (!present.length) {
        add('note-missing', note.markerLine, 'No release note found: it needs Release ID, Change, Watch, Rollback and Owner.', 'Paste the note from "rollback-ready notes draft" (Release ID and Rollback come filled in), or add the template section to .github/pull_request_template.md with "rollback-ready init".');
        return findings;
    }
    const filled = new Map();
    for (const spec of parse_note/* NOTE_FIELDS */.TA) {
        const field = note.fields[spec.key];
        if (!field) {
            if (spec.required) {
                add('note-field-missing', note.markerLine, `The release note has no ${spec.label} field.`, helpFor(spec.key));
            }
            continue;
        }
        if ((0,parse_note/* isPlaceholder */.wK)(field.value)) {
            if (spec.required) {
                add('note-field-unfilled', field.line, `${spec.label} is not filled in (${describeValue(field.value)}).`, helpFor(spec.key));
            }
            continue;
        }
        filled.set(spec.key, field);
    }
    const releaseField = filled.get('releaseId');
    if (releaseField)
        checkReleaseId(releaseField, expect, add);
    const rollback = filled.get('rollback');
    if (rollback)
        checkRollback(rollback, releaseField?.value, expect, add);
    const owner = filled.get('owner');
    if (owner) {
        const handles = owner.value.split(/[\s,;]+|\band\b/).filter(Boolean);
        const bad = handles.filter((h) => !HANDLE.test(h));
        if (!handles.length || bad.length) {
            add('note-owner-handle', owner.line, `Owner ${JSON.stringify(owner.value)} is not a GitHub handle: write @user or @org/team.`, 'Name the person or team who watches this release and decides on a rollback, as a handle GitHub can notify.');
        }
    }
    const watch = filled.get('watch');
    if (watch && watch.value.split(/;/).filter((s) => s.trim()).length > 2) {
        add('note-watch-count', watch.line, 'Watch lists more than two things; name the one or two metrics or user actions that show this release is fine.', 'Pick the signal you would roll back on, e.g. "signup completion rate; 5xx on /api/checkout".', 'warning');
    }
    const change = filled.get('change');
    if (change && sentenceCount(change.value) > 1) {
        add('note-change-sentence', change.line, 'Change is more than one sentence; say what changes for users in one.', 'Put details in the pull request description; the note is read in an incident.', 'warning');
    }
    return findings;
}
function checkReleaseId(field, expect, add) {
    const value = field.value.replace(/\.$/, '');
    // Workflows pass the Release ID on (tag verify, outputs): it must be a safe tag name first of all.
    const unsafe = (0,names/* refNameProblem */.CY)(value);
    if (unsafe) {
        add('note-release-id', field.line, `Release ID ${JSON.stringify(value)} is not a valid tag name: ${unsafe}.`, 'Write the ID this release gets, e.g. v1.4.2; "rollback-ready tag next" prints it.');
        return;
    }
    const id = expect.scheme.parse(value);
    if (!id) {
        add('note-release-id', field.line, `Release ID ${JSON.stringify(value)} is not a release ID of the ${expect.scheme.label} scheme.`, `Write the ID this release gets; "rollback-ready tag next" prints it.`);
        return;
    }
    if (expect.releaseTag !== undefined) {
        if (value !== expect.releaseTag) {
            add('note-release-id', field.line, `Release ID ${value} does not match the release's tag ${expect.releaseTag}.`, `Write Release ID: ${expect.releaseTag} in the release body.`);
        }
        return;
    }
    if (id.prerelease && !expect.allowPrerelease) {
        add('note-release-id', field.line, `Release ID ${value} is a pre-release, and pre-releases are not production releases here.`, 'Name a production release, or set tagging.allow-prerelease: true.');
        return;
    }
    if (expect.exactNext !== undefined && value !== expect.exactNext) {
        add('note-release-id', field.line, `Release ID ${value} is not the next release ID ${expect.exactNext}.`, `Write Release ID: ${expect.exactNext} (calver IDs count releases within the UTC day, from 1).`);
        return;
    }
    if (expect.latest && expect.scheme.compare(id, expect.latest) <= 0) {
        add('note-release-id', field.line, `Release ID ${value} is not after the latest release ${expect.latest.name}.`, 'Use the next ID; "rollback-ready tag next" prints it.');
    }
}
function checkRollback(field, releaseId, expect, add) {
    const value = field.value.replace(/\.$/, '');
    const target = expect.knownGood;
    if (!target) {
        if (!/^none\b/i.test(value)) {
            add('note-rollback-target', field.line, `Rollback ${value} names a release, but there is no earlier production release to go back to.`, 'For the first release write "Rollback: none (first release)".');
        }
        return;
    }
    if (value === target.releaseId)
        return;
    const from = target.source === 'deployments' ? 'the production deployments' : 'the latest release tag';
    const same = releaseId !== undefined && value === releaseId.replace(/\.$/, '');
    add('note-rollback-target', field.line, `Rollback ${JSON.stringify(value)} is not the current known-good release ${target.releaseId} (from ${from})${same ? '; it names this release itself' : ''}.`, `Write Rollback: ${target.releaseId}. A wrong rollback target sends an incident to the wrong code.`);
}
function helpFor(key) {
    switch (key) {
        case 'releaseId':
            return 'Write the ID this release gets, e.g. "Release ID: v1.4.2"; "rollback-ready notes draft" fills it in.';
        case 'change':
            return 'One sentence on what changes for users, e.g. "Change: checkout accepts Apple Pay".';
        case 'watch':
            return 'One or two metrics or user actions that show the release is fine, e.g. "Watch: checkout completion rate".';
        case 'rollback':
            return 'The release to go back to if this one misbehaves; "rollback-ready notes draft" fills it in.';
        case 'owner':
            return 'Who watches this release and decides on a rollback: @user or @org/team.';
        default:
            return 'Fill in the field or remove it.';
    }
}
function describeValue(value) {
    return value.trim() === ''
        ? 'empty'
        : `still ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
}
/** Sentences in a line, ignoring dots in versions, abbreviations and URLs. */
function sentenceCount(text) {
    const plain = text
        .replace(/https?:\/\/\S+/g, 'URL')
        .replace(/\b(?:e\.g|i\.e|etc|vs|approx)\./gi, 'x')
        .replace(/\d+(?:\.\d+)+/g, '0');
    return plain.split(/[.!?]+(?:\s+|$)/).filter((s) => s.trim()).length;
}

;// CONCATENATED MODULE: ./src/gates/notes/evaluate.ts








/**
 * The release to roll back to: from the deployment ledger when there is one (GitHub Deployments of
 * `notes.environment`), otherwise the latest release tag in scheme order on the release branch.
 */
async function findKnownGood(options) {
    const config = options.settings.config.notes;
    const fromTags = () => {
        const latest = (0,release_history/* latestRelease */.JF)(options.history, options.exclude);
        return latest ? { releaseId: latest.id.name, source: 'tags' } : undefined;
    };
    const done = (knownGood, findings = []) => ({
        ...(knownGood ? { knownGood } : {}),
        findings,
    });
    if (config['known-good'] === 'tags')
        return done(fromTags());
    let reader = options.reader;
    if (!reader) {
        const gh = (0,ledger_read/* openGitHub */.o6)(options.github, options.log);
        if (gh)
            reader = (0,ledger_read/* octokitLedgerReader */.CE)(gh.client, gh.owner, gh.repo);
    }
    if (!reader) {
        if (config['known-good'] === 'deployments') {
            throw new errors/* UsageError */.eb('notes.known-good is deployments, but there is no GitHub token: set GITHUB_TOKEN (CLI) or the github-token input (action)');
        }
        options.log.debug('no GitHub token or repository: the known-good release is the latest release tag');
        return done(fromTags());
    }
    try {
        const ledger = await (0,ledger_read.readLedger)(reader, config.environment, options.exclude ? { exclude: options.exclude } : {});
        if (ledger.knownGood)
            return done({ releaseId: ledger.knownGood.releaseId, source: 'deployments' });
        options.log.debug(`no successful ${config.environment} deployment: the known-good release is the latest release tag`);
        return done(fromTags());
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb)
            throw error;
        const fallback = fromTags();
        const failure = (0,github_failure/* describeGitHubFailure */.P)(error);
        return done(fallback, [
            {
                gate: 'notes',
                rule: 'ledger-unavailable',
                severity: 'warning',
                message: `The ${config.environment} deployment ledger could not be read: ${failure.why}; checked Rollback against the latest release tag${fallback ? ` ${fallback.releaseId}` : ''} instead.`,
                help: `${failure.help}${failure.kind === 'forbidden' || failure.kind === 'unauthorized' ? ' Or set notes.known-good: tags if you do not record deployments.' : ''}`,
                docs: (0,tool/* ruleDocsUrl */.hS)('ledger-unavailable'),
            },
        ]);
    }
}
/** Parse a note and check it against the repository's releases and the ledger. */
async function evaluateNote(options) {
    const { text, settings } = options;
    const tagging = settings.config.tagging;
    const history = await (0,release_history/* readReleaseHistory */.Cr)(options.git, tagging);
    const note = (0,parse_note/* parseNote */.wd)(text.body);
    const latest = (0,release_history/* latestRelease */.JF)(history, text.releaseTag);
    const known = await findKnownGood({
        settings,
        history,
        log: options.log,
        ...(options.github ? { github: options.github } : {}),
        ...(text.releaseTag ? { exclude: text.releaseTag } : {}),
        ...(options.reader ? { reader: options.reader } : {}),
    });
    const expect = {
        scheme: history.scheme,
        allowPrerelease: tagging['allow-prerelease'],
        ...(latest ? { latest: latest.id } : {}),
        ...(text.releaseTag ? { releaseTag: text.releaseTag } : {}),
        ...(known.knownGood ? { knownGood: known.knownGood } : {}),
        ...(text.file ? { file: text.file } : {}),
    };
    if (history.scheme.id === 'calver' && !text.releaseTag) {
        expect.exactNext = history.scheme.next(latest?.id, {
            bump: 'patch',
            now: options.now,
            taken: history.tagged.map((t) => t.id),
        });
    }
    const findings = [...checkNote(note, expect), ...known.findings];
    const idField = note.fields.releaseId;
    const named = idField && !(0,parse_note/* isPlaceholder */.wK)(idField.value) ? idField.value.replace(/\.$/, '') : undefined;
    // Only a safe tag name leaves as a report field or action output.
    const releaseId = named !== undefined && !(0,names/* refNameProblem */.CY)(named) ? named : undefined;
    const blocking = findings.filter((f) => f.severity === 'error').length;
    const target = known.knownGood
        ? `rollback target ${known.knownGood.releaseId} (from ${known.knownGood.source})`
        : 'no earlier release';
    return {
        findings,
        note,
        ...(releaseId ? { releaseId } : {}),
        ...(known.knownGood ? { knownGood: known.knownGood } : {}),
        summary: `${text.origin}: Release ID ${releaseId ?? '(missing)'}, ${target}; ${blocking ? `${blocking} problem(s)` : 'complete'}`,
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

/***/ 7741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ findNote)
/* harmony export */ });
/* unused harmony exports readNoteFile, fetchReleaseBody */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _git_inside_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1099);
/* harmony import */ var _github_ledger_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8139);
/* harmony import */ var _release_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5365);






const MAX_NOTE_BYTES = 1024 * 1024;
/** Read a note or PR body file: capped, text only, UTF-8. A problem is a usage error naming the file. */
function readNoteFile(path, shown) {
    let size;
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (!stat.isFile())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${shown}: not a file`);
        size = stat.size;
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${shown}: cannot read it (${error.code ?? 'error'}); check the path`);
    }
    if (size > MAX_NOTE_BYTES)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${shown}: ${size} bytes is more than the ${MAX_NOTE_BYTES}-byte limit for a note`);
    const buffer = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    if (buffer.includes(0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${shown}: binary content; a release note is a Markdown text file`);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${shown}: not valid UTF-8; save the note as UTF-8 text`);
    }
}
/** The body of the GitHub release for a tag, drafts included (a draft is checked before it is published). */
async function fetchReleaseBody(github, tag, log) {
    const gh = (0,_github_ledger_read_js__WEBPACK_IMPORTED_MODULE_4__/* .openGitHub */ .o6)(github, log);
    if (!gh) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`reading the release ${tag} needs a GitHub token and repository: set GITHUB_TOKEN and GITHUB_REPOSITORY (or an origin remote on GitHub)`);
    }
    const { client, owner, repo } = gh;
    try {
        const { data } = await client.rest.repos.getReleaseByTag({ owner, repo, tag });
        return data.body ?? '';
    }
    catch (error) {
        if (error.status !== 404)
            throw error;
    }
    // Drafts are not found by tag; look through the newest releases.
    const { data } = await client.rest.repos.listReleases({ owner, repo, per_page: 100 });
    const found = data.find((r) => r.tag_name === tag);
    if (!found)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`there is no GitHub release for tag ${tag} in ${owner}/${repo}`);
    return found.body ?? '';
}
function displayPath(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? rel.split('\\').join('/') : path;
}
function fromFile(root, cwd, path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    const shown = displayPath(root, full);
    return { body: readNoteFile(full, shown), origin: shown, file: shown };
}
/**
 * The note to check, in order: an explicit flag; the pull request of the event; the release of the
 * event; the notes file of the config. Undefined when there is none (the caller decides what that means).
 */
async function findNote(request) {
    const { settings, root, log } = request;
    const prBodyFile = settings.run.prBodyFile;
    const explicit = [
        request.release && '--release',
        request.file && '--file',
        prBodyFile && '--pr-body-file',
    ].filter(Boolean);
    if (explicit.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`pass only one of ${explicit.join(', ')}: each names a different note`);
    if (request.release) {
        return {
            body: await fetchReleaseBody(request.github, request.release, log),
            origin: `release ${request.release}`,
            releaseTag: request.release,
        };
    }
    // Like --pr-body-file, a --file path is relative to where the command runs.
    if (request.file)
        return fromFile(root, process.cwd(), request.file);
    if (prBodyFile) {
        const shown = displayPath(root, prBodyFile);
        return { body: readNoteFile(prBodyFile, shown), origin: `pull request body (${shown})` };
    }
    if (request.pullRequest)
        return { body: request.pullRequest.body, origin: `pull request #${request.pullRequest.number}` };
    const config = settings.config.notes;
    const tag = request.github?.releaseTag;
    if (tag && config.source !== 'file') {
        (0,_release_names_js__WEBPACK_IMPORTED_MODULE_5__/* .assertReleaseName */ .pB)(tag, "the release event's tag");
        return {
            body: await fetchReleaseBody(request.github, tag, log),
            origin: `release ${tag}`,
            releaseTag: tag,
        };
    }
    if (config.source === 'file' && config.file) {
        // notes.file comes from the repository: it must not lead out of it (a symlink, "..").
        const full = (0,_git_inside_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .readablePathInsideRepo */ .SX)(root, config.file, 'notes.file');
        if (full === undefined)
            return { body: '', origin: config.file, file: config.file };
        return fromFile(root, root, config.file);
    }
    return undefined;
}


/***/ }),

/***/ 909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JF: () => (/* binding */ latestRelease),
  zH: () => (/* binding */ nextRelease),
  Cr: () => (/* binding */ readReleaseHistory)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/release/conventional.ts
const HEADER = /^(?<type>[A-Za-z]+)(?:\([^()\r\n]*\))?(?<bang>!)?:\s/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:\s/m;
/** The bump one commit message asks for under Conventional Commits: `!`/BREAKING CHANGE → major, feat → minor. */
function bumpOfCommit(message) {
    const header = HEADER.exec(message.trimStart());
    if (header?.groups?.bang || BREAKING_FOOTER.test(message))
        return 'major';
    if (header?.groups?.type?.toLowerCase() === 'feat')
        return 'minor';
    return 'patch';
}
const RANK = { patch: 0, minor: 1, major: 2 };
/** The largest bump among commits since the last release; patch when there are none or none say more. */
function bumpFromCommits(messages) {
    let bump = 'patch';
    for (const message of messages) {
        const b = bumpOfCommit(message);
        if (RANK[b] > RANK[bump])
            bump = b;
    }
    return bump;
}

// EXTERNAL MODULE: ./src/release/schemes.ts
var schemes = __webpack_require__(1473);
;// CONCATENATED MODULE: ./src/release/history.ts



async function readReleaseHistory(git, config) {
    const scheme = (0,schemes/* schemeFromConfig */._6)(config);
    const listed = await git.listTags();
    // A release-named tag on a tree or blob is no release: refuse to read a history it would corrupt
    // (git cannot compare it with anything). Other tags on non-commits are simply not ours.
    for (const tag of listed) {
        if (tag.notACommit && scheme.parse(tag.name)) {
            throw new errors/* UsageError */.eb(`release tag ${tag.name} points at a ${tag.notACommit}, not a commit, so it cannot be a release; delete it (git tag -d ${tag.name}; git push origin :refs/tags/${tag.name}) and tag a commit`);
        }
    }
    const allTags = listed.filter((tag) => !tag.notACommit);
    const branch = await git.releaseBranch(config['release-branch']);
    const reachable = new Set();
    for (const tip of branch?.tips ?? [])
        for (const name of await git.tagsReachableFrom(tip))
            reachable.add(name);
    const tagged = [];
    for (const tag of allTags) {
        const id = scheme.parse(tag.name);
        if (id)
            tagged.push({ id, tag, onBranch: reachable.has(tag.name) });
    }
    const order = (a, b) => scheme.compare(a.id, b.id) || a.id.name.localeCompare(b.id.name);
    tagged.sort(order);
    const releases = tagged.filter((t) => t.onBranch && (config['allow-prerelease'] || !t.id.prerelease));
    return { scheme, ...(branch ? { branch } : {}), tagged, releases, allTags };
}
function latestRelease(history, exclude) {
    return history.releases.filter((r) => r.id.name !== exclude).at(-1);
}
/** The next release ID: the scheme's successor of the latest release, never a name a tag already has. */
async function nextRelease(git, history, options) {
    const latest = latestRelease(history);
    const bump = options.bump === 'auto'
        ? bumpFromCommits(await git.commitMessages(latest?.tag.sha, options.head))
        : options.bump;
    const releaseId = history.scheme.next(latest?.id, {
        bump,
        now: options.now,
        taken: history.tagged.map((t) => t.id),
    });
    const clash = history.allTags.find((t) => t.name === releaseId);
    if (clash)
        throw new errors/* UsageError */.eb(await clashMessage(git, history, releaseId, clash.sha, latest));
    return { releaseId, bump, ...(latest ? { previous: latest.id.name } : {}) };
}
const branchList = (names) => names.length
    ? `on ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more branch(es)` : ''}`
    : 'on no branch';
/**
 * Why the next ID cannot be handed out, in words a release manager can act on. Teams that tag on release
 * branches (formbricks' `5.3.4` on `release/5.3`) meet this on their default branch: its latest release is
 * old, and the successor exists on a release branch. Deleting a real release's tag is never the advice.
 */
async function clashMessage(git, history, releaseId, sha, latest) {
    const branchName = history.branch?.name ?? 'the release branch';
    const holders = (await git.branchesContaining?.(sha)) ?? [];
    const lines = [
        `the next release ID ${releaseId} is already a tag (on ${sha.slice(0, 7)}, off the release branch ${branchName}; ${branchList(holders)}), so tag next will not propose it.`,
    ];
    const newest = history.tagged.filter((t) => !t.id.prerelease && !t.onBranch).at(-1);
    if (newest && latest && history.scheme.compare(newest.id, latest.id) > 0) {
        const where = (await git.branchesContaining?.(newest.tag.sha)) ?? [];
        lines.push(`This family's releases are tagged on other branches too: the newest, ${newest.id.name}, is ${branchList(where)}, while the latest on ${branchName} is ${latest.id.name}.`);
    }
    lines.push('Run tag next for the branch you release from (tagging.release-branch: that branch, and --head it), or choose the ID yourself with tag verify.');
    return lines.join(' ');
}


/***/ })

};
