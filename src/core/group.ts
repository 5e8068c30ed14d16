/**
 * One finding per root cause. A large change repeats the same problem on the same object many times
 * (twelve NOT NULL columns added to one table, an index without CONCURRENTLY in every file): a person
 * fixes each of those once, so every view shows them as one group with the places it occurs at. The
 * findings themselves stay as they are (the JSON report and SARIF keep every location); a finding that
 * shares its root cause with others carries the group's id. Pure: no I/O.
 */
import type { ChangeClass, Finding, GateId, Severity } from './finding.js';
import { sortFindings } from './finding.js';

/** Where one finding of a group is, and what sets it apart from the others (the names that differ). */
export interface GroupLocation {
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  /** The quoted names this occurrence differs in (`"c3"`), or its whole message when the wording differs. */
  detail?: string;
}

/** Findings with one root cause: the same rule, severity and object (or the same message where no object is known). */
export interface FindingGroup {
  /** `g1`, `g2`, … in report order; findings name it in their `group` field. */
  id: string;
  gate: GateId;
  rule: string;
  severity: Severity;
  /** The database object (`table "User"`) the findings are about, when the gate knows it. */
  object?: string;
  /** The first finding's message, as an example of all. */
  message: string;
  /** The first finding's help (the others give the same advice for their own names). */
  help?: string;
  docs?: string;
  class?: ChangeClass;
  /** Number of findings (occurrences). */
  count: number;
  /** Number of distinct files they are in. */
  files: number;
  locations: GroupLocation[];
}

/** A group when it holds several findings; a finding alone is shown as it is. */
export type ReportItem = { kind: 'finding'; finding: Finding } | { kind: 'group'; group: FindingGroup };

/**
 * The findings of one root cause: the same gate, rule, severity and object; without an object, only
 * findings that say exactly the same thing (message and help) are one. Nested maps keyed by the
 * findings' own strings, one level per string: a key string joined per finding (even one per rule)
 * cost more than the lookups (--cpu-prof on 20,000 findings).
 */
class RootCauses {
  private readonly root: Branch = new Map();

  membersOf(f: Finding): Finding[] {
    const rule = branch(branch(branch(this.root, f.gate), f.rule), f.severity);
    const [kind, first, second] =
      f.object !== undefined ? ['object', f.object, ''] : ['message', f.message, f.help ?? ''];
    const seconds = branch(branch(rule, kind), first);
    let members = seconds.get(second) as Finding[] | undefined;
    if (!members) seconds.set(second, (members = []));
    return members;
  }
}

type Branch = Map<string, Branch | Finding[]>;

function branch(map: Branch, key: string): Branch {
  let next = map.get(key) as Branch | undefined;
  if (!next) map.set(key, (next = new Map()));
  return next;
}

/** A detail longer than this is the whole message anyway: show the message. */
const MAX_DETAIL = 120;

/**
 * What sets each message apart: when all messages are the same sentence with other names or words in
 * places (`"c1"` → `"c2"`, `integer` → `bigint`), the words that vary; when the sentences differ in
 * shape, the whole message; nothing when all are equal.
 */
export function distinguishingDetails(messages: readonly string[]): (string | undefined)[] {
  if (messages.every((m) => m === messages[0])) return messages.map(() => undefined);
  const words = messages.map((m) => m.split(/\s+/));
  const length = words[0]!.length;
  if (!words.every((w) => w.length === length)) return [...messages];
  const varying = words[0]!.map((_, i) => words.some((w) => w[i] !== words[0]![i]));
  // Sentences that differ in many places are different sentences.
  if (varying.filter(Boolean).length * 3 > length) return [...messages];
  return words.map((w, n) => {
    // Words that vary side by side are one phrase (`ADD COLUMN "slug" to`), kept in order; phrases apart
    // are listed (`"c1", "t1"`). Joining every varying word with commas made `ADD, COLUMN, "slug", to`.
    const phrases: string[] = [];
    let run: string[] = [];
    for (let i = 0; i <= length; i++) {
      if (i < length && varying[i]) run.push(w[i]!);
      else if (run.length) {
        phrases.push(run.join(' ').replace(/[.,;:]+$/, ''));
        run = [];
      }
    }
    const detail = [...new Set(phrases)].join(', ');
    return detail.length > MAX_DETAIL ? messages[n] : detail;
  });
}

function buildGroup(id: string, members: readonly Finding[]): FindingGroup {
  const first = members[0]!;
  const details = distinguishingDetails(members.map((f) => f.message));
  const classes = new Set(members.map((f) => f.class));
  return {
    id,
    gate: first.gate,
    rule: first.rule,
    severity: first.severity,
    ...(first.object !== undefined ? { object: first.object } : {}),
    message: first.message,
    ...(first.help ? { help: first.help } : {}),
    ...(first.docs ? { docs: first.docs } : {}),
    ...(classes.size === 1 && first.class ? { class: first.class } : {}),
    count: members.length,
    files: new Set(members.map((f) => f.file ?? '')).size,
    locations: members.map((f, i) => {
      // Assigned in this order, as the JSON report shows them.
      const location: GroupLocation = {};
      if (f.file) location.file = f.file;
      if (f.line) location.line = f.line;
      if (f.column) location.column = f.column;
      if (f.endLine) location.endLine = f.endLine;
      if (details[i]) location.detail = details[i];
      return location;
    }),
  };
}

export interface GroupedFindings {
  /** Every finding, sorted; those in a group of several carry its id in `group`. */
  findings: Finding[];
  /** The groups of two or more findings, in the order of their first finding. */
  groups: FindingGroup[];
  /** What a reader sees: each group once (at its first finding's place) and every finding that stands alone. */
  items: ReportItem[];
}

/** Groups are worked out afresh from the findings: an id from an earlier report means nothing here. */
function withoutGroup(f: Finding): Finding {
  if (f.group === undefined) return f;
  const copy = { ...f };
  delete copy.group;
  return copy;
}

/**
 * `{ ...f, group }`, the same keys in the same order. Object.assign rather than a spread: findings of
 * many shapes (optional endLine, help, object; other gates' orders) make the spread megamorphic
 * (--cpu-prof of `lint` over 22,146 findings: groupFindings 810–900 ms with it, 160–250 ms without).
 * An own `__proto__` key (data parsed from JSON) would set the copy's prototype in an assignment: spread.
 */
function withGroup(f: Finding, group: string): Finding {
  if (Object.hasOwn(f, '__proto__')) return { ...f, group };
  return Object.assign({}, f, { group });
}

/** Group findings by root cause: the step between the gates and every formatter. */
export function groupFindings(input: readonly Finding[]): GroupedFindings {
  const sorted = sortFindings(input).map(withoutGroup);
  const causes = new RootCauses();
  const membersOf = sorted.map((f) => {
    const members = causes.membersOf(f);
    members.push(f);
    return members;
  });
  const groups: FindingGroup[] = [];
  const groupOf = new Map<Finding, FindingGroup>();
  const findings: Finding[] = [];
  const items: ReportItem[] = [];
  for (const [i, f] of sorted.entries()) {
    const members = membersOf[i]!;
    if (members.length === 1) {
      findings.push(f);
      items.push({ kind: 'finding', finding: f });
      continue;
    }
    let group = groupOf.get(members[0]!);
    if (!group) {
      group = buildGroup(`g${groups.length + 1}`, members);
      groups.push(group);
      groupOf.set(members[0]!, group);
      items.push({ kind: 'group', group });
    }
    findings.push(withGroup(f, group.id));
  }
  return { findings, groups, items };
}

/**
 * What a reader sees of a report that buildReport made: its findings are sorted and grouped already,
 * each member naming its group, so the items are read off them (in `lint` over 20,000 findings, the text
 * view grouping them again cost as much as the first grouping). A report without groups, or whose
 * findings name a group it does not hold (a report put together by hand), is grouped afresh.
 */
export function groupedItems(report: {
  findings: readonly Finding[];
  groups?: readonly FindingGroup[];
}): ReportItem[] {
  if (!report.groups?.length) return groupFindings(report.findings).items;
  const byId = new Map(report.groups.map((g) => [g.id, g]));
  const shown = new Set<string>();
  const items: ReportItem[] = [];
  for (const finding of report.findings) {
    if (finding.group === undefined) {
      items.push({ kind: 'finding', finding });
      continue;
    }
    const group = byId.get(finding.group);
    if (!group) return groupFindings(report.findings).items;
    if (!shown.has(group.id)) items.push({ kind: 'group', group });
    shown.add(group.id);
  }
  return items;
}

/** The groups and items of a report's findings (formatters call this; it is cheap and pure). */
export function reportItems(findings: readonly Finding[]): ReportItem[] {
  return groupFindings(findings).items;
}
