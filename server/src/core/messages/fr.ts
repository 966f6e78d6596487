/** Textes français de chaque diagnostic (même forme que `en.ts`). */
import { gesturesFr } from './gestures';
import { importShellFr } from './importShell';
import { missionGesturesFr } from './missionGestures';
import { grouped, listOf, megabytes, type DatedThing, type Expected, type Messages, type Noun, type TrainingField } from './en';
import type { TrainingSheetKey } from './en';
import { importReadingFr, importTableNotAgendaFr, importTableReadFr } from './importReading';

const nouns: Record<Noun, string> = {
  programme: 'programme',
  mission: 'mission',
  slot: 'séance',
  day: 'journée',
  person: 'intervenant',
  group: 'groupe',
  deliverable: 'livrable',
  track: 'sous-groupe parallèle',
  location: 'lieu',
  phase: 'phase',
  governance: 'instance de gouvernance',
  territory: 'territoire',
  workstream: 'chantier',
  milestone: 'jalon',
  period: 'période',
  indicator: 'indicateur',
  value: 'valeur',
  price: 'tarif',
  contact: 'contact',
  step: 'étape',
};

/** Article-bearing forms: « une séance », « un groupe ». */
const withArticle: Record<Noun, string> = {
  programme: 'un programme',
  mission: 'une mission',
  slot: 'une séance',
  day: 'une journée',
  person: 'un intervenant',
  group: 'un groupe',
  deliverable: 'un livrable',
  track: 'un sous-groupe parallèle',
  location: 'un lieu',
  phase: 'une phase',
  governance: 'une instance de gouvernance',
  territory: 'un territoire',
  workstream: 'un chantier',
  milestone: 'un jalon',
  period: 'une période',
  indicator: 'un indicateur',
  value: 'une valeur',
  price: 'un tarif',
  contact: 'un contact',
  step: 'une étape',
};

const of: Record<Noun, string> = {
  programme: 'de programme',
  mission: 'de mission',
  slot: 'de séance',
  day: 'de journée',
  person: 'd’intervenant',
  group: 'de groupe',
  deliverable: 'de livrable',
  track: 'de sous-groupe parallèle',
  location: 'de lieu',
  phase: 'de phase',
  governance: 'd’instance',
  territory: 'de territoire',
  workstream: 'de chantier',
  milestone: 'de jalon',
  period: 'de période',
  indicator: 'd’indicateur',
  value: 'de valeur',
  price: 'de tarif',
  contact: 'de contact',
  step: 'd’étape',
};

const expected: Record<Expected, string> = {
  string: 'un texte',
  array: 'une liste',
  object: 'un ensemble de clés',
  integer: 'un nombre entier',
  number: 'un nombre',
  stringOrList: 'un texte ou une liste de textes',
  stringOrObject: 'un texte ou un ensemble de clés (name, address, commune)',
  allOrList: '`all` ou une liste d’identifiants de groupes',
  duration: 'une durée comme `45min`, `1h30` ou un nombre de minutes',
  boolean: '`true` ou `false`',
  stringOrPrice: 'un texte ou un ensemble de clés (amount, currency, per)',
  stringOrContact: 'un texte ou un ensemble de clés (name, email, phone)',
  stringOrStep: 'un texte ou un ensemble de clés (text, speakers, duration)',
};

const trainingFieldNames: Record<TrainingField, string> = {
  objectives: 'ses objectifs',
  evaluation: 'ses modalités d’évaluation',
  prerequisites: 'ses prérequis',
  audience: 'son public visé',
  accessibility: 'ses modalités d’accueil des personnes en situation de handicap',
  duration: 'sa durée',
  price: 'son tarif',
  access: 'ses modalités et délais d’accès',
  contact: 'un contact',
  methods: 'ses méthodes mobilisées',
};

const q = (s: string | number) => `\`${s}\``;
const didYouMean = (s?: string) => (s ? ` — vouliez-vous dire ${q(s)} ?` : '.');
const existing = (ids: string[]) => (ids.length ? ` (identifiants existants : ${ids.map(q).join(', ')})` : '');

export const fr: Messages = {
  noun: (n) => nouns[n],
  list: (items) => items.join(', '),
  duration: (min) => (min < 60 ? `${min} min` : `${Math.floor(min / 60)} h${min % 60 ? ` ${String(min % 60).padStart(2, '0')}` : ''}`),

  syntax: {
    BAD_INDENT: () => 'Mauvaise indentation : alignez cette ligne sur les autres clés du même niveau.',
    TAB_AS_INDENT: () => 'Les tabulations ne peuvent pas servir à indenter du YAML : utilisez des espaces.',
    DUPLICATE_KEY: (key) => `La clé ${q(key)} apparaît deux fois dans le même bloc : n’en gardez qu’une.`,
    MULTILINE_IMPLICIT_KEY: () => 'Une clé doit tenir sur une ligne : manque-t-il un `:`, ou la ligne est-elle mal indentée ?',
    BLOCK_AS_IMPLICIT_KEY: () => 'Une clé doit tenir sur une ligne : manque-t-il un `:`, ou la ligne est-elle mal indentée ?',
    colonInValue: (key, value) => `Une valeur contenant \`: \` doit être entre guillemets : écrivez \`${key}: "${value}"\`.`,
    unclosedFlow: (bracket) => `Cette liste ouverte par \`${bracket === ']' ? '[' : '{'}\` n’est pas refermée : ajoutez \`${bracket}\`.`,
    unclosedQuote: () => 'Un texte entre guillemets n’est pas refermé : ajoutez le guillemet fermant.',
    UNEXPECTED_TOKEN: (detail) => `Texte inattendu ici (${detail}) : vérifiez l’indentation et le \`:\` après chaque clé.`,
    BAD_SCALAR_START: (detail) => `Une valeur ne peut pas commencer ainsi (${detail}) : mettez-la entre guillemets.`,
    BAD_ALIAS: () => 'Cet alias (`*nom`) ne renvoie à aucune ancre (`&nom`).',
    NESTING: () => 'Le texte est imbriqué bien trop profondément pour être un programme : il n’est pas analysé.',
    ALIAS_BOMB: () => 'Les alias (`*nom`) produisent un document démesuré : le fichier n’est pas analysé.',
    TOO_LARGE: (size: number, limit: number) =>
      `Ce fichier est trop volumineux pour être analysé pendant la saisie (${grouped(size, '\u202f')} caractères ; le réglage \`maxTextLength\` en permet ${grouped(limit, '\u202f')}) : il n’est pas vérifié tant qu’il n’est pas plus petit.`,
    CONTROL_CHAR: (detail) => `Un caractère de contrôle (${detail}) n’est pas permis en YAML : supprimez-le.`,
    NOT_UTF8: (byte) =>
      `Ce fichier n’est pas du texte UTF-8 (octet ${byte} ici) : il a sans doute été enregistré en Windows-1252 (Latin-1), par exemple depuis Word. Enregistrez-le de nouveau en UTF-8 (dans VS Code : « Enregistrer avec l’encodage ») : il ne sera pas vérifié d’ici là.`,
    other: (detail) => `YAML invalide : ${detail}.`,
  },
  multiDocument: () => 'Un seul document YAML par fichier : supprimez ce `---` ou placez la suite dans un autre fichier.',
  importRefused: (r, l) => {
    if (r.reason === 'binary') return 'ce n’est pas du texte (il contient des données binaires) : importez un fichier texte, Markdown, HTML, Word (.docx), LibreOffice (.odt) ou PDF';
    const kinds = { docx: 'Word (.docx)', odt: 'LibreOffice (.odt)', pdf: 'PDF' };
    if (r.reason === 'corrupt') return `ce n’est pas un document ${kinds[r.format]} lisible (abîmé, ou un fichier d’un autre type) : ouvrez-le et enregistrez-le de nouveau, ou exportez-le en ${r.format === 'pdf' ? 'PDF' : '.docx ou .odt'}`;
    if (r.reason === 'encrypted') return `il est chiffré (protégé par un mot de passe) : enregistrez-en une copie sans mot de passe en ${kinds[r.format]}, puis importez-la`;
    if (r.reason === 'noText') return 'aucun texte : document scanné ? exportez-le avec son texte, ou saisissez-le';
    const reason = {
      fileSize: () => `le fichier fait ${megabytes(r.reason === 'fileSize' ? r.bytes : 0, 'Mo', ',')}`,
      wordXmlSize: () => `son XML (Word ou LibreOffice) décompressé dépasse ${megabytes(l.wordXmlBytes, 'Mo', ',')}`,
      paragraphs: () => `il compte ${grouped(r.reason === 'paragraphs' ? r.count : 0, '\u202f')} paragraphes`,
      lines: () => `il compte ${grouped(r.reason === 'lines' ? r.count : 0, '\u202f')} lignes`,
      characters: () => `il compte ${grouped(r.reason === 'characters' ? r.count : 0, '\u202f')} caractères`,
      memory: () => `sa lecture demande plus de ${l.memoryMb} Mo de mémoire`,
      time: () => `sa lecture prend plus de ${l.seconds} s`,
      pages: () => `il compte ${grouped(r.reason === 'pages' ? r.count : 0, '\u202f')} pages`,
    }[r.reason]();
    return `${reason}, au-delà des limites d’un import (au plus ${megabytes(l.fileBytes, 'Mo', ',')} de fichier, ${megabytes(l.wordXmlBytes, 'Mo', ',')} de XML décompressé, ${grouped(l.paragraphs, '\u202f')} paragraphes ou lignes, ${grouped(l.pages, '\u202f')} pages de PDF, ${grouped(l.characters, '\u202f')} caractères, ${l.memoryMb} Mo de mémoire, ${l.seconds} s)`;
  },

  emptyDocument: (kind) =>
    kind === 'mission'
      ? 'La mission est vide : commencez par `title:` et `period:`.'
      : 'Le programme est vide : commencez par `title:`, `date:` et `agenda:`.',
  notAMapping: (kind) => `${cap(withArticle[kind])} est un ensemble de clés (\`title: …\`), pas une valeur seule ni une liste.`,
  unknownKey: (key, where, suggestion) => `${q(key)} n’est pas une clé ${of[where]}${didYouMean(suggestion)}`,
  missingKey: (key, where) => `Clé obligatoire ${q(key)} manquante dans ${thisNoun(where)}.`,
  wrongType: (key, exp) => `${q(key)} doit être ${expected[exp]}.`,
  wrongItemType: (key, exp) => `Chaque élément de ${q(key)} doit être ${expected[exp]}.`,
  emptyValue: (key, exp) => `${q(key)} est vide : ce doit être ${expected[exp]}.`,
  badEnum: (key, value, allowed, suggestion) =>
    suggestion
      ? `${q(value)} n’est pas une valeur possible de ${q(key)}${didYouMean(suggestion)}`
      : `${q(value)} n’est pas une valeur possible de ${q(key)} ; valeurs possibles : ${allowed.join(', ')}.`,
  badId: (value, suggestion) =>
    `${q(value)} n’est pas un identifiant valide : minuscules, chiffres, \`-\` et \`_\` seulement (par exemple ${q(suggestion)}).`,
  badEmail: (value) => `${q(value)} n’est pas une adresse e-mail.`,
  badProgrammePath: (value) => `${q(value)} n’est pas un fichier de programme : le nom doit finir par \`.programme.yaml\` ou \`.programme.yml\`.`,
  tooSmall: (key, min) => `${q(key)} doit valoir au moins ${min}.`,
  tooLarge: (key, max) => `${q(key)} doit valoir au plus ${max}.`,
  mergeKey: () => 'Les clés de fusion YAML (`<<`) ne sont pas prises en charge : écrivez ici les clés en entier (une ancre `&` et un alias `*` peuvent toujours répéter une valeur entière).',
  exclusiveForms: (key) =>
    `${q(key)} ne peut pas s’employer avec \`days\` : dans un programme de plusieurs jours, chaque journée a ses propres \`date\`, \`start\` et \`agenda\`.`,
  schemaOther: (key, detail) => `${q(key)} : ${detail}.`,

  badClock: (value) => `${q(value)} n’est pas une heure valide : écrivez \`08:30\`, \`8h30\` ou \`14h\` (heures 0 à 23, minutes 0 à 59).`,
  badRange: (value) => `${q(value)} n’est pas une plage horaire valide : écrivez \`08h30-09h00\` ou \`9h à 10h30\`.`,
  durationTooLong: (value) => `${q(value)} dépasse une journée : une séance ou un passage dure au plus 24 h (1440 min).`,
  badDuration: (value) => `${q(value)} n’est pas une durée valide : écrivez \`45min\`, \`1h30\`, \`1:30\` ou un nombre de minutes.`,
  badDate: (value) => `${q(value)} n’est pas une date valide : écrivez \`AAAA-MM-JJ\`, par exemple \`2021-10-20\`.`,
  noSuchDate: (value, month, days) =>
    `${q(value)} n’existe pas dans le calendrier : ${month === undefined ? 'les mois vont de 01 à 12' : `${month} compte ${days} jours`}.`,
  badMonthOrDate: (value) => `${q(value)} n’est pas un mois ou une date valide : écrivez \`2023-03\` ou \`2023-03-31\`.`,
  startAt24: (value) => `${q(value)} : \`24:00\` peut terminer une séance, pas la commencer.`,

  timeOrder: (start, end) => `La séance finit à ${end} alors qu’elle commence à ${start} : vérifiez les horaires.`,
  timeOverlap: (overlap, previous, previousEnd) =>
    `Cette séance commence ${overlap} avant la fin de la précédente (« ${previous} », jusqu’à ${previousEnd}).`,
  timeGap: (gap, from, to) => `Aucune séance ne couvre les ${gap} entre ${from} et ${to}.`,
  noStart: () => 'Impossible de calculer le début de cette séance : donnez-lui un `start` ou un `time`, ou donnez un `start` à la journée.',
  noTime: () => 'Cette séance n’a pas d’horaire : donnez-lui une plage `time`, un `start` ou une `duration`.',
  afterUnknownEnd: () => 'Impossible de calculer le début de cette séance : la séance précédente n’a pas de fin. Donnez un horaire à l’une des deux.',
  timeConflict: (a, av, b, bv) => `${q(a)} (${av}) et ${q(b)} (${bv}) ne concordent pas : gardez l’un des deux ou accordez-les.`,
  timeMidnight: (end) => `Cette séance dépasse minuit (jusqu’à ${end} le lendemain).`,
  dayTooLong: (total, max, from, to) => `Cette journée dure ${total} (de ${from} à ${to}), au-delà de la limite de ${max}.`,
  noBreak: (minutes, max) => `${minutes} de séances sans pause (limite ${max}) : prévoyez une pause (\`break\`) avant cette séance.`,
  perGroupLong: (per, groups, needed, slot) => `${per} × ${groups} groupe${groups > 1 ? 's' : ''} = ${needed}, mais la séance dure ${slot}.`,
  perGroupShort: (per, groups, needed, slot, free) =>
    `${per} × ${groups} groupe${groups > 1 ? 's' : ''} = ${needed}, mais la séance dure ${slot} : ${free} restent libres.`,
  dayOutOfOrder: (date, previous) => `Cette journée (${date}) est antérieure à la journée précédente (${previous}) : classez les journées par date.`,
  dayRepeated: (date) => `La date ${date} est déjà celle d’une autre journée.`,

  refUnknown: (kind, id, suggestion, ids = []) =>
    `Aucun${feminine.has(kind) ? 'e' : ''} ${nouns[kind]} n’a l’identifiant ${q(id)}${suggestion ? didYouMean(suggestion) : `${existing(ids)}.`}`,
  refUnknownOwner: (id, suggestion, ids = []) =>
    `Aucun intervenant ni groupe n’a l’identifiant ${q(id)}, et ce n’est pas \`each-group\`${suggestion ? didYouMean(suggestion) : `${existing(ids)}.`}`,
  idDuplicate: (kind, id, line) => `L’identifiant ${of[kind]} ${q(id)} est déjà utilisé (ligne ${line}).`,
  doubleBookedTracks: (who) => `${who} anime ou intervient déjà dans un autre atelier parallèle de cette séance.`,
  doubleBookedFiles: (who, title, file, from, to) => `${who} intervient aussi dans « ${title} » (${file}), de ${from} à ${to} le même jour.`,
  doubleBookedMany: (who, from, to, date, files, more) =>
    `${who} intervient aussi pendant cette séance (de ${from} à ${to} le ${date}) dans ${
      more > 0 ? `${files.join(', ')} et ${grouped(more, '\u202f')} autre${more > 1 ? 's' : ''} programme${more > 1 ? 's' : ''}` : listOf(files, 'et')
    }.`,
  unproduced: (id) => `Aucune séance ne produit le livrable ${q(id)} : ajoutez-le au \`produces\` d’une séance.`,
  unusedPerson: (id) => `L’intervenant ${q(id)} n’est cité nulle part (ni comme intervenant, ni comme animateur, ni comme responsable).`,
  unusedGroup: (id) => `Le groupe ${q(id)} n’est cité par aucune séance, aucun sous-groupe ni aucun livrable.`,
  trainingField: (key) =>
    `Un programme de formation doit indiquer ${trainingFieldNames[key]} (Code du travail L6353-1, Qualiopi) : ajoutez \`${key}\`.`,

  phaseOverlap: (previous, previousEnd) => `Cette phase commence avant la fin de la phase précédente « ${previous} » (${previousEnd}).`,
  phaseReversed: () => 'Cette phase se termine avant de commencer.',
  periodReversed: (start, end) => `La période de la mission finit (${end}) avant de commencer (${start}).`,
  phaseBeforePeriod: (periodStart) => `Cette phase commence avant la période de la mission (${periodStart}).`,
  phaseAfterPeriod: (periodEnd) => `Cette phase se termine après la période de la mission (${periodEnd}).`,
  programmeOutside: (path) => `${q(path)} n’est pas un chemin dans la racine du projet (le plus proche dossier au-dessus qui contient un .deroule.yaml ou un .git), relatif à cette mission : Déroulé ne le lit pas.`,
  programmeMissing: (path) => `Aucun fichier de programme à ${q(path)} (chemin relatif à cette mission).`,
  programmeOutsidePhase: (path, first, last, phaseStart, phaseEnd) =>
    `Le programme ${q(path)} a lieu ${first === last ? `le ${first}` : `du ${first} au ${last}`}, hors de sa phase (${phaseStart ? `du ${phaseStart}` : ''}${phaseStart && phaseEnd ? ' ' : ''}${phaseEnd ? `au ${phaseEnd}` : ''}).`,
  flashTooLong: (months, max) => `Un atelier flash dure au plus ${max} mois ; cette période dure ${months}.`,
  localOutside: (months, min, max) => `Un atelier local dure de ${min} à ${max} mois ; cette période dure ${months}.`,
  months: (m) => `${Number.isInteger(m) ? m : m.toFixed(1).replace('.', ',')} mois`,
  actions: {
    replace: (from, to) => `Remplacer \`${from}\` par \`${to}\``,
    create: (noun, id) => `Créer ${(/^[aeiouéè]/.test(nouns[noun]) ? 'l’' : feminine.has(noun) ? 'la ' : 'le ') + nouns[noun]} \`${id}\``,
    shift: (start) => `Faire commencer cette séance à ${start}`,
    shiftAll: (minutes) => `Décaler cette séance et les suivantes de ${minutes}`,
    extendPrevious: (end) => `Prolonger la séance précédente jusqu’à ${end}`,
    insertBreak: (from, to) => `Insérer une pause de ${from} à ${to}`,
    breakTitle: 'Pause',
    resize: (length) => `Donner à la séance une durée de ${length} (par groupe × groupes)`,
    addTrainingFields: 'Ajouter les mentions de formation manquantes',
    toStartDuration: 'Écrire avec début + durée',
    toRange: 'Écrire en plage horaire',
    allColon: 'Écrire toutes les heures au format 08:30',
    allH: 'Écrire toutes les heures au format 08h30',
    todo: 'À compléter',
    moveDue: (due) => `Fixer \`due\` à \`${due}\`, fin de sa phase`,
  },
  ui: {
    slotTime: (start, end, duration) => `${start} – ${end} (${duration})`,
    startsAfterPrevious: 'commence à la fin de la séance précédente',
    time: 'Horaire :',
    person: 'Intervenant',
    group: 'Groupe',
    deliverable: 'Livrable',
    slot: 'Séance',
    governance: 'Instance',
    programme: 'Programme',
    dates: 'Dates',
    notFound: 'Fichier introuvable',
    dayTotal: (content, pauses) => (pauses ? `${content} de contenu, ${pauses} de pauses` : `${content} de contenu, sans pause`),
    members: 'membres',
    everyGroup: 'chaque groupe',
    teamMember: 'Membre de l’équipe',
    territory: 'Territoire',
    workstream: 'Chantier',
    milestone: 'Jalon',
    territories: 'Territoires :',
    workstreamLead: 'Référent :',
    inhabitants: (n) => `${grouped(n, '\u202f')} habitants`,
    workstreamStatus: { planned: 'prévu', 'in-progress': 'en cours', done: 'terminé', abandoned: 'abandonné' },
    milestoneKind: { launch: 'lancement', committee: 'comité', signature: 'signature', deadline: 'échéance', restitution: 'restitution', other: 'autre' },
    trainingSheetItem: (key) => `**Fiche de formation :** ${trainingSheetItems[key]}`,
    steps: 'Étapes :',
    stepsAgainstSlot: (total, slot, over) =>
      slot === undefined ? `${total} au total` : over ? `${total}, soit ${over} de plus que la séance (${slot})` : `${total} sur les ${slot} de la séance`,
    stepsTimed: (timed, all) => ` (durée donnée pour ${timed} étape${timed > 1 ? 's' : ''} sur ${all})`,
    stepsHint: (total, slot) => (slot === undefined ? `étapes : ${total}` : `étapes : ${total} / ${slot}`),
    agendaHint: (content) => `agenda : ${content}`,
    durationToCheck: 'à vérifier : temps de contenu de l’agenda',
  },
  largeFile: (name) =>
    `Déroulé n’analyse pas ${name} : le fichier est trop volumineux pour être vérifié pendant la saisie (réglage \`deroule.maxTextLength\`). L’analyse reprend quand il est plus petit.`,
  sessions: (scheme, count, expected) =>
    `Un ${scheme.replace('-', ' ')} comporte ${expected} session${expected > 1 ? 's' : ''} sur site ; cette mission en relie ${count}.`,

  badLink: (value, suggestion) =>
    `${q(value)} n’est pas une adresse web : un \`link\` commence par \`https://\` (ou \`http://\`)${suggestion ? `, par exemple ${q(suggestion)}` : ''}.`,
  dateBeforePeriod: (what, periodStart) => `${datedThing[what]} avant le début de la période de la mission (${periodStart}).`,
  dateAfterPeriod: (what, periodEnd) => `${datedThing[what]} après la fin de la période de la mission (${periodEnd}).`,
  dateBeforePhase: (what, phase, phaseStart) => `${datedThing[what]} avant le début de sa phase « ${phase} » (${phaseStart}).`,
  dateAfterPhase: (what, phase, phaseEnd) => `${datedThing[what]} après la fin de sa phase « ${phase} » (${phaseEnd}).`,
  flashCoreTooLong: (months, max) => `Un atelier flash dure au plus ${max} mois ; ses phases de cœur de mission durent ${months}.`,
  localCoreOutside: (months, min, max) => `Un atelier local dure de ${min} à ${max} mois ; ses phases de cœur de mission durent ${months}.`,
  sessionsCore: (scheme, count, expected) =>
    `Un ${scheme.replace('-', ' ')} comporte ${expected} session${expected > 1 ? 's' : ''} sur site ; les phases de cœur de mission en relient ${count} (les programmes des phases de préparation et de suites ne sont pas des sessions).`,
  unusedTerritory: (id) => `L’identifiant de territoire ${q(id)} n’est repris par aucun chantier.`,

  missingOneOf: (a, b, where) => `${cap(thisNoun(where))} n’a ni ${q(a)} ni ${q(b)} : écrivez au moins l’un des deux.`,
  commaInFlowValue: (rest, key, whole) =>
    `${q(rest)} n’est pas une clé : dans \`{ … }\`, une virgule termine la valeur. Si ce texte fait partie de ${q(key)}, mettez la valeur entre guillemets : \`${key}: "${whole}"\`.`,
  durationMismatch: (declared, agenda) =>
    `La \`duration\` déclarée est de ${declared}, mais le déroulé compte ${agenda} de contenu (pauses, repas, accueil, déplacements et séances de l’équipe exclus).`,
  stepsTooLong: (steps, slot) => `Les étapes de cette séance totalisent ${steps}, mais la séance dure ${slot}.`,

  importReading: importReadingFr,
  /** The summary after an import and the errors of `deroule import` (issue 17). */
  importShell: importShellFr,
  importTableRead: importTableReadFr,
  importTableNotAgenda: importTableNotAgendaFr,
  /** The gestures of the preview: refusals and announcements (issue 19). */
  gestures: gesturesFr,
  /** Dragging a phase or a milestone on the mission Gantt (issue 19). */
  missionGestures: missionGesturesFr,
};

const datedThing: Record<DatedThing, string> = { milestone: 'Ce jalon tombe', due: 'L’échéance de ce livrable tombe' };

const trainingSheetItems: Record<TrainingSheetKey, string> = {
  objectives: 'objectifs (Code du travail L6353-1, Qualiopi indicateur 1)',
  audience: 'public visé (Qualiopi indicateur 6)',
  prerequisites: 'prérequis (Qualiopi indicateur 1)',
  evaluation: 'modalités d’évaluation (Code du travail L6353-1, Qualiopi indicateur 1)',
  accessibility: 'accessibilité aux personnes handicapées (Qualiopi indicateur 1)',
  duration: 'durée (Code du travail L6353-1, Qualiopi indicateur 1)',
  price: 'tarifs (Qualiopi indicateur 1)',
  access: 'modalités et délais d’accès (Qualiopi indicateur 1)',
  contact: 'contacts (Qualiopi indicateur 1)',
  methods: 'méthodes mobilisées (Code du travail L6353-1, Qualiopi indicateur 1)',
};

const feminine = new Set<Noun>(['mission', 'slot', 'day', 'phase', 'governance', 'period', 'value', 'step']);

function thisNoun(n: Noun): string {
  const article = feminine.has(n) ? 'cette' : /^[aeiouéè]/.test(nouns[n]) ? 'cet' : 'ce';
  return `${article} ${nouns[n]}`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
