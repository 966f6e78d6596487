/**
 * What the command line says about itself — its usage errors, the files it cannot read or
 * write — in English and French, as `--lang` or the locale asks. An error carries a
 * `CliText` (a function of these messages), so it is worded when it is printed, in the
 * language of the run, not where it is thrown.
 */
import type { Language } from '../core';

export interface CliMessages {
  language: Language;
  noCommand: string;
  unknownCommand(command: string): string;
  lspNeedsStdio: string;
  unknownOption(option: string): string;
  optionNeedsValue(option: string): string;
  formatValue(value: string): string;
  langValue(value: string): string;
  toValue(value: string): string;
  forValue(value: string): string;
  checkNeedsPaths: string;
  exportNeedsTo: string;
  exportOneFile: string;
  withNotesIsForTeam(audience: string): string;
  importOneFile: string;
  docxNeedsOut: string;
  cannotRead(file: string, why: string): string;
  cannotExport(file: string, why: string): string;
  cannotWrite(file: string, why: string): string;
  outputIsInput(file: string): string;
  exists(file: string): string;
  readOnly(file: string): string;
  /** Why a file could not be read or written, by the system's error code. */
  reasons: Record<'ENOENT' | 'EACCES' | 'EISDIR' | 'ENAMETOOLONG' | 'NOT_REGULAR' | 'ENOSPC' | 'EDQUOT' | 'EFBIG' | 'EROFS', string>;
  tooLarge(maxBytes: number): string;
  notUtf8: string;
  /** SARIF help: where the rule's section is, in the docs shipped with Déroulé. */
  rulesPage(page: string): string;
  /** A problem in a `.deroule.yaml` (its diagnostic's message): that key keeps its default. */
  configProblem(message: string): string;
  configUnreadable(file: string, why: string): string;
}

const en: CliMessages = {
  language: 'en',
  noCommand: 'no command given',
  unknownCommand: (c) => `unknown command '${c}'`,
  lspNeedsStdio: "'lsp' starts the language server: run it as `deroule lsp --stdio`",
  unknownOption: (o) => `unknown option '${o}'`,
  optionNeedsValue: (o) => `option '${o}' needs a value`,
  formatValue: (v) => `--format must be text, json or sarif, not '${v}'`,
  langValue: (v) => `--lang must be fr or en, not '${v}'`,
  toValue: (v) => `--to must be html, md, docx or ics, not '${v}'`,
  forValue: (v) => `--for must be participants or team, not '${v}'`,
  checkNeedsPaths: 'check needs at least one file or folder',
  exportNeedsTo: 'export needs --to html|md|docx|ics',
  exportOneFile: 'export takes exactly one programme or mission file',
  withNotesIsForTeam: (a) => `--with-notes is --for team: it cannot go with --for ${a}`,
  importOneFile: 'import takes exactly one file (text, Markdown, HTML, Word, LibreOffice or PDF)',
  docxNeedsOut: 'a Word document is binary: give the output file with -o (-o - for standard output)',
  cannotRead: (f, why) => `cannot read '${f}': ${why}`,
  cannotExport: (f, why) => `cannot export '${f}': ${why}`,
  cannotWrite: (f, why) => `cannot write '${f}': ${why}`,
  outputIsInput: (f) => `'${f}' is the input file itself (or a link to it): choose another output file`,
  exists: (f) => `'${f}' already exists: use --force to overwrite it`,
  readOnly: (f) => `'${f}' is read-only: deroule does not replace it, even with --force`,
  reasons: {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENAMETOOLONG: 'file name too long',
    NOT_REGULAR: 'not a regular file',
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large (file size limit reached)',
    EROFS: 'read-only file system',
  },
  tooLarge: (n) => `larger than ${n.toLocaleString('en-US')} bytes`,
  notUtf8: 'not UTF-8',
  rulesPage: (p) => `Explained, with an example and its fix, in \`${p}\` (shipped with Déroulé, in its repository and package).`,
  configProblem: (message) => `${message} — checking goes on with the default for what cannot be read`,
  configUnreadable: (f, why) => `cannot read '${f}': ${why} (checking goes on with the defaults)`,
};

const fr: CliMessages = {
  language: 'fr',
  noCommand: 'aucune commande donnée',
  unknownCommand: (c) => `commande inconnue « ${c} »`,
  lspNeedsStdio: '« lsp » démarre le serveur de langage : lancez-le avec `deroule lsp --stdio`',
  unknownOption: (o) => `option inconnue « ${o} »`,
  optionNeedsValue: (o) => `l’option « ${o} » attend une valeur`,
  formatValue: (v) => `--format vaut text, json ou sarif, pas « ${v} »`,
  langValue: (v) => `--lang vaut fr ou en, pas « ${v} »`,
  toValue: (v) => `--to vaut html, md, docx ou ics, pas « ${v} »`,
  forValue: (v) => `--for vaut participants ou team, pas « ${v} »`,
  checkNeedsPaths: 'check attend au moins un fichier ou un dossier',
  exportNeedsTo: 'export attend --to html|md|docx|ics',
  exportOneFile: 'export prend un seul fichier de programme ou de mission',
  withNotesIsForTeam: (a) => `--with-notes équivaut à --for team : il ne va pas avec --for ${a}`,
  importOneFile: 'import prend un seul fichier (texte, Markdown, HTML, Word, LibreOffice ou PDF)',
  docxNeedsOut: 'un document Word est binaire : donnez le fichier de sortie avec -o (-o - pour la sortie standard)',
  cannotRead: (f, why) => `impossible de lire « ${f} » : ${why}`,
  cannotExport: (f, why) => `impossible d’exporter « ${f} » : ${why}`,
  cannotWrite: (f, why) => `impossible d’écrire « ${f} » : ${why}`,
  outputIsInput: (f) => `« ${f} » est le fichier d’entrée lui-même (ou un lien vers lui) : choisissez un autre fichier de sortie`,
  exists: (f) => `« ${f} » existe déjà : ajoutez --force pour le remplacer`,
  readOnly: (f) => `« ${f} » est en lecture seule : deroule ne le remplace pas, même avec --force`,
  reasons: {
    ENOENT: 'fichier ou dossier introuvable',
    EACCES: 'permission refusée',
    EISDIR: 'c’est un dossier',
    ENAMETOOLONG: 'nom de fichier trop long',
    NOT_REGULAR: 'ce n’est pas un fichier ordinaire',
    ENOSPC: 'plus de place sur le disque',
    EDQUOT: 'quota de disque dépassé',
    EFBIG: 'fichier trop gros (taille maximale atteinte)',
    EROFS: 'système de fichiers en lecture seule',
  },
  tooLarge: (n) => `plus de ${n.toLocaleString('fr-FR').replace(/\u202f/g, ' ')} octets`,
  notUtf8: 'pas en UTF-8',
  rulesPage: (p) => `Expliqué dans \`${p}\` (livré avec Déroulé, dans son dépôt et son paquet).`,
  configProblem: (message) => `${message} — la vérification continue avec la valeur par défaut de ce qui ne peut être lu`,
  configUnreadable: (f, why) => `impossible de lire « ${f} » : ${why} (la vérification continue avec les valeurs par défaut)`,
};

export const cliMessages = (language: Language): CliMessages => (language === 'fr' ? fr : en);

/** A message of the command line, worded when printed. */
export type CliText = (m: CliMessages) => string;

/** A text that needs no translation (a message already worded by the core in the run's language). */
export const verbatim =
  (text: string): CliText =>
  () =>
    text;
