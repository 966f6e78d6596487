/**
 * Line shapes: a source line read once into what the readers ask of it (indentation,
 * Markdown heading level, bullet, emphasis, readable text), and the shapes of whole lines
 * (day labels, parts of the day, rules, e-mail headers and signatures, pipe-table rows).
 */
import type { SourceDocument, TableBlock } from './sourceDocument';
import { isAllCaps as capitalised } from './fields/sentenceCase';
import { readTableBlock } from './tableBlock';
import { collapse, MAX_LINE, mdInline, stripArtifacts, words } from './text';

export const BULLET_RE = /^(?:[-–—•·◦▪▫■□►▸➢➤→⇒✓✔❖+]|\*(?!\*)|o(?=[\t ]))[\t ]*(?=\S)|^(?:\d{1,2}[.)]|[a-z]\))[\t ]+(?=\S)/;
export const TABLE_SEP = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
export const RULE_RE = /^(?:[-*_=]\s*){3,}$/;
export const PART_OF_DAY = /^(?:matin|matinee|le matin|apres-midi|apres midi|l'apres-midi|soir|soiree|le soir|morning|afternoon|evening|am|pm|demi-journee \d|1ere demi-journee|2e demi-journee)$/;
export const DAY_LABEL =
  /^(?:(?:jour|journee|day|j)\s*(\d{1,2}|un|une|deux|trois|quatre|cinq|one|two|three|four|five)(?![\p{L}\d])|(premiere|premier|deuxieme|seconde|second|troisieme|quatrieme|first|third|fourth)\s+(?:journee|jour|day)(?![\p{L}]))/u;
export const SIGNATURE = /^(?:bien cordialement|tres cordialement|cordialement|bien a vous|sinceres salutations|salutations distinguees|bonne journee|best regards|kind regards|warm regards|regards|best wishes|--\s*)[,.!]*$/;
export const SALUTATION = /^(?:bonjour|bonsoir|madame|monsieur|mesdames|messieurs|cher|chere|chers|cheres|hello|hi|dear|good morning|good afternoon)\b/;
export const MAIL_HEADER = /^(?:de|from|envoye|envoye le|sent|a|to|cc|cci|bcc|objet|subject|date|importance|pieces jointes|attachments?)\s*:/;
// « Bilan de la journée : … » (Markdown, Word) or « Bilan de la journée 09h00 – 17h00 · … » (the HTML export, printed).
export const SUMMARY_LINE = /^(?:bilan de la journee|day summary)\s*(?::|(?=\d{1,2}\s?[h:]\s?\d))/;
/** The line Déroulé's exports end with (`generatedBy` of render/labels.ts): the tool's, not the author's. */
export const EXPORT_COLOPHON = /^(?:programme etabli avec deroule|programme written with deroule)\.?$/;

export interface Line {
  no: number;
  indent: number;
  /** Text after the indentation, Word artefacts removed, Markdown markers kept. */
  body: string;
  /** Markdown heading level. */
  heading: number;
  bullet: boolean;
  /** Whole line bold (`**Objectifs**`) or underlined (setext). */
  emphasised: boolean;
  /** Readable text: markers and inline Markdown removed, spaces collapsed. */
  text: string;
  /** The text with its bullet kept (for notes). */
  display: string;
  /** Too long to be anything but a paragraph. */
  long?: boolean;
  /**
   * On the first line written for a table block (the blank line before its pipe rows): the
   * table itself and how many lines it was written as, for the table reader (`tableAgenda.ts`).
   */
  table?: { block: TableBlock; lines: number };
}

/**
 * The document's lines, each read once. A line block keeps its source line number; a table
 * block is written as pipe rows by `readTableBlock`, each row numbered with the table's line.
 */
export function readLines(document: SourceDocument): Line[] {
  const raw: { text: string; no: number; table?: Line['table'] }[] = document.blocks.flatMap((b) => {
    if (b.kind === 'line') return [{ text: b.text, no: b.line }];
    const rows = readTableBlock(b).map((text) => ({ text, no: b.line }));
    return rows.map((row, k) => (k === 0 ? { ...row, table: { block: b, lines: rows.length } } : row));
  });
  const lines: Line[] = [];
  raw.forEach(({ text: r, no, table }) => {
    if (table) {
      // The blank line before a table's rows (`readTableBlock`), carrying the table.
      lines.push({ no, indent: 0, body: '', heading: 0, bullet: false, emphasised: false, text: '', display: '', table });
      return;
    }
    const cleaned = stripArtifacts(r).trimEnd();
    const lead = /^[\t ]*/.exec(cleaned)![0];
    const indent = [...lead].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);
    let body = cleaned.slice(lead.length);
    if (body.length > MAX_LINE) {
      const text = collapse(body);
      lines.push({ no, indent, body, heading: 0, bullet: false, emphasised: false, text, display: text, long: true });
      return;
    }
    let heading = 0;
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(body);
    if (h) {
      heading = h[1]!.length;
      body = h[2]!;
    }
    let bullet = false;
    let content = body;
    if (!heading && !body.startsWith('|')) {
      const b = BULLET_RE.exec(body);
      // `- 9h00 …` is a bullet; `*Bilan…*` and `**Objectifs**` are emphasis, not bullets.
      if (b && !(b[0].startsWith('*') && /\*\s*$/.test(body))) {
        bullet = true;
        content = body.slice(b[0].length);
      }
    }
    const emphasised = /^(\*\*|__)[^*_].*\1\s*:?$/.test(content.trim());
    const text = collapse(mdInline(content));
    lines.push({ no, indent, body, heading, bullet, emphasised, text, display: bullet ? `- ${text}` : text });
  });
  // Setext headings: a line underlined with === or ---.
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = lines[i - 1]!;
    if (/^(?:=+|-{3,})$/.test(l.body) && prev.text && !prev.heading && !prev.bullet && !prev.long) {
      prev.heading = l.body.startsWith('=') ? 1 : 2;
      l.text = '';
      l.body = '';
    }
  }
  return lines;
}

export function isAllCaps(text: string): boolean {
  // A heading in capitals is short: a long paragraph in capitals is still a paragraph.
  return capitalised(text) && words(text) <= 16;
}

export function splitCells(row: string): string[] {
  const t = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return t.split(/(?<!\\)\|/).map((c) => c.trim());
}

/**
 * Text from Word (`extractRawText`) has a blank line after every paragraph and no bullet
 * markers: blank lines then mean nothing, and the paragraphs under a slot are its points.
 */
export function isDoubleSpaced(lines: Line[]): boolean {
  let pairs = 0;
  let adjacent = 0;
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (!l.text || !next) return;
    pairs++;
    if (next.text) adjacent++;
  });
  return pairs >= 8 && adjacent / pairs < 0.1;
}
