/**
 * `--format sarif`: SARIF 2.1.0, so review pipelines can annotate pull requests. One rule
 * per code with its help text (shown by code scanning without following a link) and, as
 * `helpUri`, the `file:` URI of its section in the docs/rules.md shipped with the CLI (SARIF
 * wants an absolute URI there, §3.49.12); columns in code points; fingerprints that do not
 * move with line numbers (fingerprint.ts).
 */
import { cliMessages } from '../cliMessages';
import { ruleCodes, ruleRegistry, RULES_DOC_FILES, type Language, type Severity } from '../../core';
import { ruleHelpUri, shippedReadmeUri } from '../../node/shippedDocs';
import { stringifyJson } from '../escape';
import { Fingerprints, FINGERPRINT_KEY } from './fingerprint';
import { cliLocation, splitLines } from './location';
import type { CheckedFile, UnreadableFile } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * @param unreadable files found but not read: `toolExecutionNotifications` of the invocation.
 * @param completed false when a file could not be checked (unreadable, or a checker bug).
 */
export function formatSarif(files: CheckedFile[], language: Language, version: string, unreadable: UnreadableFile[] = [], completed = true): string {
  const rules = ruleRegistry.map(({ code, description, severity }) => {
    const helpUri = ruleHelpUri(code, language);
    const page = `docs/${RULES_DOC_FILES[language]}#${code}`;
    return {
      id: code,
      name: code,
      shortDescription: { text: description[language] },
      fullDescription: { text: description[language] },
      help: { text: `${description[language]} (${page})`, markdown: `**\`${code}\`**: ${description[language]}\n\n${cliMessages(language).rulesPage(page)}` },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: LEVEL[severity] },
    };
  });
  const fingerprints = new Fingerprints();
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
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprints.next(d.code, file.path, lines[d.range.start.line] ?? '') },
      };
    });
  });
  const informationUri = shippedReadmeUri();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'deroule', ...(informationUri ? { informationUri } : {}), version, semanticVersion: version, language, rules } },
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
