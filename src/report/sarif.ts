import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding } from '../core/finding.js';
import type { Report } from '../core/report.js';
import { ruleDocsUrl } from '../core/tool.js';
import { safeJsonPieces } from './json.js';
import { prettyJsonPieces } from './json-pieces.js';

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). */
export function formatSarif(
  report: Report,
  describeRule: (id: string) => string | undefined = () => undefined,
): string {
  return formatSarifPieces(report, describeRule).join('');
}

/** The same text in pieces, for a writer that takes them one at a time (cli/main.ts). */
export function formatSarifPieces(
  report: Report,
  describeRule: (id: string) => string | undefined = () => undefined,
): string[] {
  const ruleIds = [...new Set(report.findings.map((f) => f.rule))].sort();
  const rules: ReportingDescriptor[] = ruleIds.map((id) => {
    const first = report.findings.find((f) => f.rule === id)!;
    return {
      id,
      name: id,
      shortDescription: { text: describeRule(id) ?? first.message },
      helpUri: first.docs ?? ruleDocsUrl(id),
      defaultConfiguration: { level: LEVEL[first.severity] },
      properties: { tags: [first.gate] },
    };
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: 'https://github.com/rollback-ready/rollback-ready',
            rules,
          },
        },
        results: report.findings.map((f) => toResult(f, ruleIds.indexOf(f.rule))),
        columnKind: 'unicodeCodePoints',
        // How `lint FILES…` grouped the files into deploys (src/gates/migrations/lint-modes.ts), and
        // which results share one root cause (their `properties.group`).
        ...(report.mode || report.groups?.length
          ? {
              properties: {
                ...(report.mode ? { mode: report.mode } : {}),
                ...(report.groups?.length
                  ? {
                      groups: report.groups.map((g) => ({
                        id: g.id,
                        rule: g.rule,
                        severity: g.severity,
                        ...(g.object ? { object: g.object } : {}),
                        count: g.count,
                      })),
                    }
                  : {}),
              },
            }
          : {}),
      },
    ],
  };
  return safeJsonPieces(prettyJsonPieces(log));
}

function toResult(f: Finding, ruleIndex: number): Result {
  const result: Result = {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.help ? `${f.message}\nHow to fix: ${f.help}` : f.message },
    // A finding that shares its root cause with others names the group (the JSON report's `groups`).
    properties: {
      gate: f.gate,
      ...(f.class ? { class: f.class } : {}),
      ...(f.object ? { object: f.object } : {}),
      ...(f.group ? { group: f.group } : {}),
    },
  };
  if (f.file) {
    result.locations = [
      {
        physicalLocation: {
          artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
          ...(f.line
            ? {
                region: {
                  startLine: f.line,
                  ...(f.column ? { startColumn: f.column } : {}),
                  ...(f.endLine ? { endLine: f.endLine } : {}),
                },
              }
            : {}),
        },
      },
    ];
  }
  return result;
}
