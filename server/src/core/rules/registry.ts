/**
 * The registry of diagnostic codes: the metadata each reporting module declares, in the
 * order of FORMAT.md §5 (then the codes added in 7.4). Everything that lists codes reads it: `RuleCode`, default
 * severities, SARIF rule help, the `deroule.rules.*` settings (checked by a test, as
 * package.json must stay literal) and docs/rules.md's table (`npm run docs:rules`).
 */
import { meta as schema } from '../schema/schemaDiagnostics';
import type { Language, Severity } from '../types';
import { meta as dateOutsidePeriod } from './dateOutsidePeriod';
import { meta as dateOutsidePhase } from './dateOutsidePhase';
import { meta as dayOrder } from './dayOrder';
import { meta as dayTooLong } from './dayTooLong';
import { meta as deliverableUnproduced } from './deliverableUnproduced';
import { meta as doubleBooked } from './doubleBooked';
import { meta as durationMismatch } from './durationMismatch';
import { meta as idDuplicate } from './idDuplicate';
import { meta as multiDocument } from './multiDocument';
import { meta as noBreak } from './noBreak';
import { meta as perGroup } from './perGroup';
import { meta as phaseOrder } from './phaseOrder';
import { meta as phaseOutsidePeriod } from './phaseOutsidePeriod';
import { meta as programmeMissing } from './programmeMissing';
import { meta as programmeOutsidePhase } from './programmeOutsidePhase';
import { meta as refUnknown } from './refUnknown';
import type { RuleMeta } from './ruleMeta';
import { meta as schemeDuration } from './schemeDuration';
import { meta as schemeSessions } from './schemeSessions';
import { meta as stepsTooLong } from './stepsTooLong';
import { meta as timeConflict } from './timeConflict';
import { meta as timeFormat } from './timeFormat';
import { meta as timeGap } from './timeGap';
import { meta as timeMidnight } from './timeMidnight';
import { meta as timeOrder } from './timeOrder';
import { meta as timeOverlap } from './timeOverlap';
import { meta as timeUnresolved } from './timeUnresolved';
import { meta as trainingFields } from './trainingFields';
import { meta as unused } from './unused';
import { meta as yamlSyntax } from './yamlSyntax';

const metas = [
  yamlSyntax,
  multiDocument,
  schema,
  timeFormat,
  timeOrder,
  timeOverlap,
  timeGap,
  timeUnresolved,
  timeConflict,
  timeMidnight,
  dayTooLong,
  noBreak,
  perGroup,
  dayOrder,
  refUnknown,
  idDuplicate,
  doubleBooked,
  deliverableUnproduced,
  unused,
  trainingFields,
  phaseOrder,
  phaseOutsidePeriod,
  programmeMissing,
  programmeOutsidePhase,
  schemeDuration,
  schemeSessions,
  dateOutsidePeriod,
  dateOutsidePhase,
  durationMismatch,
  stepsTooLong,
] as const;

/** Every diagnostic code of FORMAT.md §5. */
export type RuleCode = (typeof metas)[number]['code'];

/** Every code's metadata, in the order of FORMAT.md §5. */
export const ruleRegistry: readonly RuleMeta<RuleCode>[] = metas;

/** Every diagnostic code, in the order of FORMAT.md §5. */
export const ruleCodes: readonly RuleCode[] = metas.map((m) => m.code);

const byCode = new Map<string, RuleMeta<RuleCode>>(metas.map((m) => [m.code, m]));

export function ruleMeta(code: RuleCode): RuleMeta<RuleCode> {
  return byCode.get(code)!;
}

/** Default severity of every code (FORMAT.md §5). `training-fields` and `per-group` vary per finding. */
export const defaultSeverities = Object.fromEntries(metas.map((m) => [m.code, m.severity])) as Readonly<Record<RuleCode, Severity>>;

export function ruleDescription(code: RuleCode, language: Language): string {
  return ruleMeta(code).description[language];
}

/**
 * The rules documentation, one page per language, shipped with the extension and the CLI
 * (the .vsix and the npm package carry docs/): each code is the anchor of its `## code`
 * heading. Where docs/ is on disk is for the shells to say (the core reads no file).
 */
export const RULES_DOC_FILES: Readonly<Record<Language, string>> = { en: 'rules.md', fr: 'rules.fr.md' };

/** The link to a code's section: `docsDir` is the URI of the docs/ folder, without a trailing slash. */
export function ruleDocUrl(code: RuleCode, language: Language, docsDir: string): string {
  return `${docsDir}/${RULES_DOC_FILES[language]}#${code}`;
}
