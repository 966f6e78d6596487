/**
 * docs/rules.md's table of codes, made from the rule registry: the rows between the two
 * markers below are generated (`npm run docs:rules`), the rest of the page is hand-written.
 */
import { ruleRegistry, type RuleMeta } from '../server/src/core';

export const TABLE_START = '<!-- table of codes: generated from the rule registry by `npm run docs:rules`, do not edit -->';
export const TABLE_END = '<!-- end of the table of codes -->';

function row(meta: RuleMeta): string {
  const severity = meta.severityNote ? `${meta.severity} (${meta.severityNote})` : meta.severity;
  return `| [\`${meta.code}\`](#${meta.code}) | ${severity} | ${meta.files} | ${meta.description.en} |`;
}

/** The markdown table: code, default severity, kind of file, description. */
export function rulesTable(): string {
  return ['| code | default | file | in one line |', '|---|---|---|---|', ...ruleRegistry.map(row)].join('\n');
}

/** `doc` with the text between the markers replaced by the current table. */
export function withRulesTable(doc: string): string {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/rules.md: the markers of the table of codes are missing (${TABLE_START} … ${TABLE_END})`);
  return `${doc.slice(0, start + TABLE_START.length)}\n${rulesTable()}\n${doc.slice(end)}`;
}
