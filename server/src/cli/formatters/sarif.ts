/**
 * `--format sarif`: SARIF 2.1.0, so review pipelines can annotate pull requests. One rule
 * per code with its help text and a link to docs/rules.md; columns in code points.
 */
import { cliMessages } from '../cliMessages';
import { ruleCodes, ruleDocUrl, ruleRegistry, type Language, type Severity } from '../../core';
import { stringifyJson } from '../escape';
import { cliLocation, splitLines } from './location';
import type { CheckedFile, UnreadableFile } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * @param unreadable files found but not read: `toolExecutionNotifications` of the invocation.
 * @param completed false when a file could not be checked (unreadable, or a checker bug).
 */
export function formatSarif(files: CheckedFile[], language: Language, version: string, unreadable: UnreadableFile[] = [], completed = true): string {
  const rules = ruleRegistry.map(({ code, description, severity }) => ({
    id: code,
    name: code,
    shortDescription: { text: description[language] },
    fullDescription: { text: description[language] },
    help: { text: `${description[language]} ${ruleDocUrl(code)}`, markdown: `${description[language]} [docs/rules.md](${ruleDocUrl(code)})` },
    helpUri: ruleDocUrl(code),
    defaultConfiguration: { level: LEVEL[severity] },
  }));
  const results = files.flatMap((file) => {
    const lines = splitLines(file.text);
    return file.diagnostics.map((d) => {
      const at = cliLocation(d, lines);
      return {
        ruleId: d.code,
        ruleIndex: ruleCodes.indexOf(d.code),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUriPath(file.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
            },
          },
        ],
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'deroule', informationUri: 'https://deroule.dev', version, semanticVersion: version, language, rules } },
        invocations: [
          {
            executionSuccessful: completed && unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((u) => ({
              level: 'error',
              message: { text: cliMessages(language).cannotRead(u.path, u.reason) },
              locations: [{ physicalLocation: { artifactLocation: { uri: toUriPath(u.path), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
  return stringifyJson(log) + '\n';
}

function toUriPath(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
