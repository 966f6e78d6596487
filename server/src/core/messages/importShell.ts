/**
 * What the shells of an import say (issue 17): the summary after an import (the CLI prints
 * it to stderr, VS Code shows it after Import a programme… and a drop), and the CLI's
 * errors for `deroule import`. English, then French with the same shape.
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** French counts 0 and 1 as singular (« 0 erreur »). */
const pluriel = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;
const quoteEn = (s: string) => `“${s}”`;
const quoteFr = (s: string) => `« ${s} »`;

export const importShellEn = {
  title: (title: string) => `Imported: ${quoteEn(title)}`,
  noTitle: 'Imported: no title found',
  /** `dates`: the days' dates as written (ISO); `days`: the number of days, dated or not. */
  dates: (days: number, dates: string[]) =>
    dates.length === 0 ? `${plural(days, 'day', 'days')}, no date found` : days === 1 ? `Date: ${dates[0]}` : `${days} days: ${dates.join(', ')}`,
  counts: (slots: number, people: number, speakers: number, groups: number) =>
    `${plural(slots, 'slot', 'slots')}, ${plural(people, 'person', 'people')} (${plural(speakers, 'speaker', 'speakers')})${groups ? `, ${plural(groups, 'group', 'groups')}` : ''}`,
  training: (fields: string[]) => (fields.length ? `Training: ${fields.join(', ')}` : 'Training: no field of the training sheet found'),
  trainingFieldsOnly: (fields: string[]) => `Training sheet fields: ${fields.join(', ')}`,
  unrecognised: (lines: number) =>
    lines ? `Not recognised: ${plural(lines, 'line', 'lines')}, kept in the file under “not recognised on import” comments` : 'Not recognised: nothing, every line found its place',
  remarks: 'What the import noted:',
  moreRemarks: (n: number) => `… and ${n} more`,
  check: (errors: number, warnings: number) =>
    errors + warnings === 0 ? 'Check: no problem' : `Check: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`,
  /** One line: the CLI's first line, VS Code's notification. */
  short: (slots: number, unrecognised: number, errors: number, warnings: number) =>
    `${plural(slots, 'slot', 'slots')} imported${unrecognised ? `, ${plural(unrecognised, 'line', 'lines')} not recognised` : ''}; check: ${
      errors + warnings === 0 ? 'no problem' : `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`
    }.`,

  // deroule import
  cannotImport: (file: string, reason: string) => `cannot import '${file}': ${reason}`,
  /** Why a file of another extension is not imported. */
  notImportable: (list: string) => `Déroulé imports ${list} files (or a text with no extension)`,
};

export type ImportShellMessages = typeof importShellEn;

export const importShellFr: ImportShellMessages = {
  title: (title) => `Importé : ${quoteFr(title)}`,
  noTitle: 'Importé : aucun titre trouvé',
  dates: (days, dates) =>
    dates.length === 0
      ? `${pluriel(days, 'journée', 'journées')}, aucune date trouvée`
      : days === 1
        ? `Date : ${dates[0]}`
        : `${days} journées : ${dates.join(', ')}`,
  counts: (slots, people, speakers, groups) =>
    `${pluriel(slots, 'séance', 'séances')}, ${pluriel(people, 'personne', 'personnes')} (${pluriel(speakers, 'intervenant', 'intervenants')})${groups ? `, ${pluriel(groups, 'groupe', 'groupes')}` : ''}`,
  training: (fields) => (fields.length ? `Formation : ${fields.join(', ')}` : 'Formation : aucun champ de la fiche formation trouvé'),
  trainingFieldsOnly: (fields) => `Champs de la fiche formation : ${fields.join(', ')}`,
  unrecognised: (lines) =>
    lines
      ? `Non reconnu : ${pluriel(lines, 'ligne', 'lignes')}, gardées dans le fichier sous les commentaires « non reconnu à l’import »`
      : 'Non reconnu : rien, chaque ligne a trouvé sa place',
  remarks: 'Ce que l’import a relevé :',
  moreRemarks: (n) => `… et ${n} de plus`,
  check: (errors, warnings) =>
    errors + warnings === 0 ? 'Vérification : aucun problème' : `Vérification : ${pluriel(errors, 'erreur', 'erreurs')}, ${pluriel(warnings, 'avertissement', 'avertissements')}`,
  short: (slots, unrecognised, errors, warnings) =>
    `${pluriel(slots, 'séance importée', 'séances importées')}${unrecognised ? `, ${pluriel(unrecognised, 'ligne non reconnue', 'lignes non reconnues')}` : ''} ; vérification : ${
      errors + warnings === 0 ? 'aucun problème' : `${pluriel(errors, 'erreur', 'erreurs')}, ${pluriel(warnings, 'avertissement', 'avertissements')}`
    }.`,

  cannotImport: (file, reason) => `impossible d’importer « ${file} » : ${reason}`,
  notImportable: (list) => `Déroulé importe les fichiers ${list} (ou un texte sans extension)`,
};
