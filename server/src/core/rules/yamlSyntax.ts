/**
 * `yaml-syntax`: the text is not valid YAML. The parser's error codes get a message that
 * says how to fix the line; unknown codes keep the parser's own words.
 */
import type { Messages } from '../messages';
import type { ParsedDocument, SyntaxProblem } from '../parse/parseDocument';
import type { DiagnosticSink } from '../diagnostics';

export function checkYamlSyntax(doc: ParsedDocument, sink: DiagnosticSink, m: Messages): void {
  for (const problem of doc.syntax) {
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
    case 'BAD_INDENT':
    case 'TAB_AS_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'BAD_ALIAS':
    case 'NESTING':
    case 'ALIAS_BOMB':
      return s[problem.code]();
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BAD_SCALAR_START':
      return s[problem.code](problem.detail);
    default:
      return s.other(problem.detail);
  }
}
