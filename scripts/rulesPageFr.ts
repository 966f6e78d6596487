/**
 * docs/rules.fr.md, made whole from the rule registry (`npm run docs:rules`): one `## code`
 * section per code with its French description, default severity and kind of file, so the
 * French help link of every diagnostic lands on a heading that exists. The examples and
 * their fixes stay in docs/rules.md, linked from each section.
 */
import { ruleRegistry, type RuleMeta } from '../server/src/core';

const SEVERITY_FR = { error: 'erreur', warning: 'avertissement', information: 'information', hint: 'suggestion' } as const;
const FILES_FR = { programme: 'programmes (`*.programme.yaml`)', mission: 'missions (`*.mission.yaml`)', both: 'programmes et missions' } as const;

function section(meta: RuleMeta): string {
  const varies = meta.severityNote ? ' ; certains constats ont une autre gravité (voir la page anglaise)' : '';
  return [
    `## ${meta.code}`,
    '',
    meta.description.fr,
    '',
    `**Gravité par défaut :** ${SEVERITY_FR[meta.severity]}${varies}. **Fichiers :** ${FILES_FR[meta.files]}.`,
    '',
    `Exemple, message et correction : [docs/rules.md#${meta.code}](rules.md#${meta.code}) (les messages y sont cités en anglais puis en français).`,
    '',
  ].join('\n');
}

export function rulesPageFr(): string {
  return [
    '<!-- generated from the rule registry by `npm run docs:rules`, do not edit -->',
    '# Règles de Déroulé',
    '',
    'Chaque diagnostic de Déroulé porte un code ; le lien de ce code ouvre sa section ci-dessous,',
    'dans la documentation livrée avec l’extension et la ligne de commande. La gravité de chaque',
    'code se règle dans les paramètres `deroule.rules.*` (voir [docs/rules.md](rules.md#changing-a-rules-severity)).',
    'Les exemples complets, avec leurs corrections, sont dans la page anglaise [docs/rules.md](rules.md).',
    '',
    ...ruleRegistry.map(section),
  ].join('\n');
}
