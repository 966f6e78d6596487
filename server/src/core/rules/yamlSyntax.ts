/**
 * `yaml-syntax`: the text is not valid YAML. The parser's error codes get a message that
 * says how to fix the line; unknown codes keep the parser's own words.
 */
import type { Messages } from '../messages';
import type { ParsedDocument, SyntaxProblem } from '../parse';
import type { DiagnosticSink } from '../diagnostics';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'yaml-syntax',
  severity: 'error',
  files: 'both',
  description: {
    en: 'The text is not valid YAML.',
    fr: 'Le texte n’est pas du YAML valide.',
  },
});

export function checkYamlSyntax(doc: ParsedDocument, sink: DiagnosticSink, m: Messages): void {
  // The parser often reports one mistake several times on the same line: keep the first.
  const lines = new Set<number>();
  // A tab-indented line also confuses the parser about the line above it: one cause.
  const tabLines = new Set(doc.syntax.filter((p) => p.code === 'TAB_AS_INDENT').map((p) => p.range.start.line));
  for (const problem of doc.syntax) {
    if (lines.has(problem.range.start.line)) continue;
    if (problem.code !== 'TAB_AS_INDENT' && tabLines.has(problem.range.start.line + 1)) continue;
    lines.add(problem.range.start.line);
    sink.report('yaml-syntax', problem.range, syntaxMessage(doc, problem, m), { data: { yamlCode: problem.code } });
  }
}

function syntaxMessage(doc: ParsedDocument, problem: SyntaxProblem, m: Messages): string {
  const s = m.syntax;
  switch (problem.code) {
    case 'DUPLICATE_KEY': {
      const key = doc.text.slice(doc.lines.offsetAt(problem.range.start), doc.lines.offsetAt(problem.range.end)).trim();
      return s.DUPLICATE_KEY(key.replace(/:.*$/s, ''));
    }
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // `title: Atelier : diagnostic` — French typography puts a space before the colon.
      const line = doc.lines.getText({ start: { line: problem.range.start.line, character: 0 }, end: { line: problem.range.start.line + 1, character: 0 } });
      const m2 = /^\s*(?:-\s+)?([^\s:#][^:#]*?):\s+(.*?:\s.*?)\s*$/.exec(line);
      return m2 ? s.colonInValue(m2[1]!, m2[2]!.replace(/"/g, '\\"')) : s.BLOCK_AS_IMPLICIT_KEY();
    }
    case 'BAD_INDENT':
      if (/Flow sequence/.test(problem.detail)) return s.unclosedFlow(']');
      if (/Flow mapping/.test(problem.detail)) return s.unclosedFlow('}');
      return s.BAD_INDENT();
    case 'MISSING_CHAR':
      if (/quote/.test(problem.detail)) return s.unclosedQuote();
      // "Sequence item without - indicator": a line indented differently from its neighbours.
      if (/indicator/.test(problem.detail)) return s.BAD_INDENT();
      return s.other(problem.detail);
    case 'TAB_AS_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_ALIAS':
    case 'NESTING':
    case 'ALIAS_BOMB':
      return s[problem.code]();
    case 'TOO_LARGE': {
      // The detail is `<length> > <limit>` (see parseDocument).
      const [size = 0, limit = 0] = problem.detail.split(' > ').map(Number);
      return s.TOO_LARGE(size, limit);
    }
    case 'CONTROL_CHAR':
      return s.CONTROL_CHAR(problem.detail);
    case 'UNEXPECTED_TOKEN':
    case 'BAD_SCALAR_START':
      return s[problem.code](problem.detail);
    default:
      return s.other(problem.detail);
  }
}
