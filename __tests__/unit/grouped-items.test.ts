import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import { groupedItems, groupFindings } from '../../src/core/group.js';
import { buildReport } from '../../src/core/report.js';
import { formatText } from '../../src/report/text.js';

const finding = (line: number, extra: Partial<Finding> = {}): Finding => ({
  gate: 'migrations',
  rule: 'ban-drop-column',
  severity: 'error',
  file: 'db/1.sql',
  line,
  message: `Dropping column "c${line}" of table "t" breaks the previous release.`,
  object: 'table "t"',
  ...extra,
});

describe('groupedItems: a report made by buildReport is not grouped again', () => {
  const findings = [
    finding(3),
    finding(1, { endLine: 2 }),
    finding(5, { rule: 'ban-truncate', object: 'table "u"' }),
    finding(7, { help: 'Stop reading it first.' }),
  ];
  const report = buildReport(findings, [], 'error');

  it('reads the items off the findings and the groups the report holds', () => {
    const items = groupedItems(report);
    expect(items).toEqual(groupFindings(findings).items);
    const group = items.find((i) => i.kind === 'group');
    expect(group?.kind === 'group' && group.group).toBe(report.groups![0]); // the report's own group
  });

  it('groups afresh a report whose findings name a group it does not hold, or that has none', () => {
    const handMade = { findings: report.findings, groups: [] };
    expect(groupedItems(handMade)).toEqual(groupFindings(findings).items);
    const stray = { findings: report.findings, groups: [{ ...report.groups![0]!, id: 'g9' }] };
    expect(groupedItems(stray)).toEqual(groupFindings(findings).items);
  });

  it('gives the text view the same text as grouping the findings again', () => {
    const regrouped = formatText({ ...report, groups: undefined }, { color: false });
    expect(formatText(report, { color: false })).toBe(regrouped);
  });
});

describe('group ids added to findings', () => {
  it('keep every key of the finding in its order, then group', () => {
    const [first] = groupFindings([finding(2), finding(1, { endLine: 3 })]).findings;
    expect(Object.keys(first!)).toEqual([...Object.keys(finding(1, { endLine: 3 })), 'group']);
  });

  it('keep an own "__proto__" key of data parsed from JSON as data, not as the prototype', () => {
    const parsed = JSON.parse(
      JSON.stringify(finding(1)).replace('{', '{"__proto__":{"polluted":true},'),
    ) as Finding;
    const [copy] = groupFindings([parsed, { ...finding(2) }]).findings;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy!, '__proto__')).toBe(true);
    expect((copy as unknown as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
