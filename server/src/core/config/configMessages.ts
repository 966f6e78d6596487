/**
 * What the reader of `.deroule.yaml` says about the file (its `schema` diagnostics), in
 * English and French. The CLI prints them on one line; the editor shows them on the file.
 */
const quoteEn = (s: string) => `“${s}”`;
const quoteFr = (s: string) => `« ${s} »`;

export type ExpectedValue = 'mapping' | 'wholeNumber' | 'text';

export const configMessagesEn = {
  notAMapping: '.deroule.yaml is a set of keys (`rules:`, `maxDayMinutes:`…), not a single value or a list.',
  unknownKey: (key: string, suggestion?: string) =>
    `${quoteEn(key)} is not a key of .deroule.yaml${suggestion ? `; did you mean ${quoteEn(suggestion)}?` : '.'} Keys: language, rules, maxDayMinutes, maxMinutesWithoutBreak, schemes, timeStyle.`,
  unknownSchemeKey: (key: string, allowed: string[], suggestion?: string) =>
    `${quoteEn(key)} is not a key here${suggestion ? `; did you mean ${quoteEn(suggestion)}?` : '.'} Keys: ${allowed.join(', ')}.`,
  /** `schemes: { atelierFlashMaxMonths: 4 }`: the VS Code setting's name, not the file's nested form. */
  flatSchemeName: (key: string, scheme: string, nested: string) =>
    `${quoteEn(key)} is the VS Code setting's name: in .deroule.yaml, write \`${scheme}: { ${nested}: … }\`.`,
  /** `maxTextLength`: a bound of each person's editor, not a rule of the project. */
  editorOnly: (key: string) => `${quoteEn(key)} protects each person's editor and is set in its settings, not in .deroule.yaml.`,
  unknownRule: (code: string, suggestion?: string) =>
    `${quoteEn(code)} is not a diagnostic code${suggestion ? `; did you mean ${quoteEn(suggestion)}?` : ': the codes are listed in docs/rules.md.'}`,
  badSeverity: (code: string, value: string, suggestion?: string) =>
    `${quoteEn(value)} is not a severity for ${quoteEn(code)}${suggestion ? `; did you mean ${quoteEn(suggestion)}?` : '.'} Possible values: error, warning, information, hint, off.`,
  badValue: (key: string, value: string, allowed: string[], suggestion?: string) =>
    `${quoteEn(value)} is not a valid ${quoteEn(key)}${suggestion ? `; did you mean ${quoteEn(suggestion)}?` : '.'} Possible values: ${allowed.join(', ')}.`,
  wrongType: (key: string, expected: ExpectedValue) =>
    `${quoteEn(key)} must be ${{ mapping: 'a set of keys', wholeNumber: 'a whole number', text: 'a text' }[expected]}.`,
  tooSmall: (key: string, min: number) => `${quoteEn(key)} must be at least ${min}.`,
};

export const configMessagesFr: typeof configMessagesEn = {
  notAMapping: '.deroule.yaml est un ensemble de clés (`rules:`, `maxDayMinutes:`…), pas une valeur seule ni une liste.',
  unknownKey: (key, suggestion) =>
    `${quoteFr(key)} n’est pas une clé de .deroule.yaml${suggestion ? ` ; vouliez-vous dire ${quoteFr(suggestion)} ?` : '.'} Clés : language, rules, maxDayMinutes, maxMinutesWithoutBreak, schemes, timeStyle.`,
  unknownSchemeKey: (key, allowed, suggestion) =>
    `${quoteFr(key)} n’est pas une clé possible ici${suggestion ? ` ; vouliez-vous dire ${quoteFr(suggestion)} ?` : '.'} Clés : ${allowed.join(', ')}.`,
  flatSchemeName: (key, scheme, nested) =>
    `${quoteFr(key)} est le nom du réglage de VS Code : dans .deroule.yaml, écrivez \`${scheme}: { ${nested}: … }\`.`,
  editorOnly: (key) => `${quoteFr(key)} protège l’éditeur de chacun et se règle dans ses paramètres, pas dans .deroule.yaml.`,
  unknownRule: (code, suggestion) =>
    `${quoteFr(code)} n’est pas un code de diagnostic${suggestion ? ` ; vouliez-vous dire ${quoteFr(suggestion)} ?` : ' : les codes sont listés dans docs/rules.md.'}`,
  badSeverity: (code, value, suggestion) =>
    `${quoteFr(value)} n’est pas une gravité pour ${quoteFr(code)}${suggestion ? ` ; vouliez-vous dire ${quoteFr(suggestion)} ?` : '.'} Valeurs possibles : error, warning, information, hint, off.`,
  badValue: (key, value, allowed, suggestion) =>
    `${quoteFr(value)} n’est pas une valeur valide de ${quoteFr(key)}${suggestion ? ` ; vouliez-vous dire ${quoteFr(suggestion)} ?` : '.'} Valeurs possibles : ${allowed.join(', ')}.`,
  wrongType: (key, expected) =>
    `${quoteFr(key)} doit être ${{ mapping: 'un ensemble de clés', wholeNumber: 'un nombre entier', text: 'un texte' }[expected]}.`,
  tooSmall: (key, min) => `${quoteFr(key)} doit valoir au moins ${min}.`,
};
