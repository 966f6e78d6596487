/**
 * The Word export's page and styles (as htmlStyles.ts is the HTML export's): A4 page,
 * colours, the named paragraph styles colleagues see in Word, the bullet lists and the
 * bordered table style. Changing a value here changes every exported document.
 */
import {
  AlignmentType,
  BorderStyle,
  BuilderElement,
  LevelFormat,
  LineRuleType,
  ShadingType,
  StringValueElement,
  TableProperties,
  type IParagraphStyleOptions,
  type IPropertiesOptions,
} from 'docx';

/** A4 portrait, in twentieths of a point. */
export const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, side: 1021, header: 567 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;

export const COLOURS = { accent: '000091', muted: '595959', border: '8C8C8C', header: 'DCE3F5', pause: 'EDEDED', notes: 'FFF4CE' };

/** Style ids (the names shown in Word are in `STYLES` and the table style below). */
export const S = {
  kicker: 'DerouleFormat',
  subtitle: 'Subtitle',
  meta: 'DerouleMeta',
  cell: 'DerouleTableText',
  cellHeading: 'DerouleTableHeading',
  summary: 'DerouleSummary',
  notes: 'DerouleNotes',
  table: 'DerouleTable',
  header: 'Header',
  footer: 'Footer',
} as const;

export const BULLETS = 'deroule-bullets';
export const CELL_BULLETS = 'deroule-cell-bullets';

/** The document's default, title and heading styles, then the named styles of `STYLES`. */
export function documentStyles(language: string): IPropertiesOptions['styles'] {
  return {
    default: {
      document: {
        run: { font: 'Arial', size: 20, language: { value: language === 'en' ? 'en-GB' : 'fr-FR' } },
        paragraph: { spacing: { after: 80, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: 'Arial', size: 40, bold: true, color: COLOURS.accent }, paragraph: { spacing: { before: 120, after: 120 } } },
      heading1: {
        run: { font: 'Arial', size: 28, bold: true, color: COLOURS.accent },
        paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: 'Arial', size: 24, bold: true, color: COLOURS.accent },
        paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      listParagraph: { paragraph: { spacing: { after: 40 } } },
    },
    paragraphStyles: STYLES,
  };
}

/** The bullet lists: body text, and tighter indents inside table cells. */
export function numbering(): IPropertiesOptions['numbering'] {
  return {
    config: [
      { reference: BULLETS, levels: [bulletLevel(0, '•', 360), bulletLevel(1, '–', 720)] },
      { reference: CELL_BULLETS, levels: [bulletLevel(0, '•', 227), bulletLevel(1, '–', 454)] },
    ],
  };
}

/** The named paragraph styles (the names colleagues see in Word’s style gallery). */
const STYLES: IParagraphStyleOptions[] = [
  {
    id: S.kicker,
    name: 'Déroulé – Format',
    basedOn: 'Normal',
    next: 'Title',
    quickFormat: true,
    run: { bold: true, allCaps: true, size: 18, color: COLOURS.accent },
    paragraph: { spacing: { after: 0 }, keepNext: true },
  },
  {
    id: S.subtitle,
    name: 'Subtitle',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 26, color: COLOURS.muted },
    paragraph: { spacing: { after: 240 } },
  },
  { id: S.meta, name: 'Déroulé – Informations', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 40 } } },
  { id: S.cell, name: 'Déroulé – Texte de tableau', basedOn: 'Normal', quickFormat: true, run: { size: 18 }, paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } } },
  {
    id: S.cellHeading,
    name: 'Déroulé – En-tête de tableau',
    basedOn: S.cell,
    quickFormat: true,
    run: { bold: true, color: COLOURS.accent },
    paragraph: { keepNext: true },
  },
  {
    id: S.summary,
    name: 'Déroulé – Bilan de la journée',
    basedOn: 'Normal',
    quickFormat: true,
    run: { size: 18, color: COLOURS.muted },
    paragraph: { spacing: { before: 80, after: 200 } },
  },
  {
    id: S.notes,
    name: 'Déroulé – Notes d’animation',
    basedOn: 'Normal',
    quickFormat: true,
    run: { italics: true, size: 18 },
    paragraph: { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.notes }, spacing: { after: 60 } },
  },
  {
    id: S.header,
    name: 'header',
    basedOn: 'Normal',
    run: { size: 16, color: COLOURS.muted },
    paragraph: { spacing: { after: 0 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border, space: 4 } } },
  },
  {
    id: S.footer,
    name: 'footer',
    basedOn: 'Normal',
    run: { size: 16, color: COLOURS.muted },
    paragraph: { spacing: { after: 0 }, border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border, space: 4 } } },
  },
];

function bulletLevel(level: number, text: string, indent: number) {
  return {
    level,
    format: LevelFormat.BULLET,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: indent, hanging: Math.min(indent, 227) } } },
  };
}

/** `w:style` of type table: thin borders everywhere, roomy cell margins. */
export function tableStyle(): BuilderElement {
  const line = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border };
  return new BuilderElement<{ type: string; styleId: string }>({
    name: 'w:style',
    attributes: { type: { key: 'w:type', value: 'table' }, styleId: { key: 'w:styleId', value: S.table } },
    children: [
      new StringValueElement('w:name', 'Déroulé – Tableau'),
      new StringValueElement('w:basedOn', 'TableNormal'),
      new BuilderElement({ name: 'w:qFormat' }),
      new TableProperties({
        borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
        cellMargin: { top: 57, bottom: 57, left: 85, right: 85 },
      }),
    ],
  });
}

