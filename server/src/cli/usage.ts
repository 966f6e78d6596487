/** The text of `deroule --help` (and after a usage error), in English or French as the locale asks. */
import type { Language } from '../core';

const EN = `Usage:
  deroule check [--format text|json|sarif] [--lang fr|en] [--config FILE] PATH...
  deroule lsp --stdio
  deroule export --to html|md|docx|ics [-o OUT] [--for participants|team] [--per-day] [--force] FILE
  deroule import [-o OUT] [--force] [--lang fr|en] FILE
  deroule --version | --help

check   checks programmes (*.programme.yaml) and missions (*.mission.yaml); folders are
        searched recursively and checked as one set. Exit 0: no error, 1: errors, 2: usage or I/O error.
        Each file follows the nearest .deroule.yaml in its folder or above (rules, limits,
        language), or the one --config names; flags given here (--lang) win over it. A
        mission's programmes are read only inside its project root (the nearest folder above
        with .deroule.yaml or .git).
export  writes the programme (or mission) as a self-contained HTML page, Markdown, Word or an
        iCalendar file (stdout without -o, except Word, or with -o -). --for participants (the
        default) leaves out the team's slots (visibility: team), notes and materials; --for team
        keeps them, marked, with each day's materials checklist (--with-notes is --for team).
        An existing file is never overwritten without --force; a date that cannot be read
        (2023-02-29) stops it with exit 1 and nothing written.
import  turns a programme written for humans (.txt, .md, .html, .docx, .odt or .pdf:
        "08h30/09h00 Accueil…") into a .programme.yaml (stdout without -o); what it cannot place
        is kept as comments. A summary on stderr says what was recognised, what was not, and
        the check of the result. -o files are written whole or not at all; --force keeps the
        replaced file's mode. Exit 2 and nothing written when the file cannot be imported.`;


const FR = `Usage :
  deroule check [--format text|json|sarif] [--lang fr|en] [--config FICHIER] CHEMIN...
  deroule lsp --stdio
  deroule export --to html|md|docx|ics [-o SORTIE] [--for participants|team] [--per-day] [--force] FICHIER
  deroule import [-o SORTIE] [--force] [--lang fr|en] FICHIER
  deroule --version | --help

check   vérifie les programmes (*.programme.yaml) et les missions (*.mission.yaml) ; les dossiers
        sont parcourus récursivement et vérifiés ensemble. Sortie 0 : aucune erreur, 1 : des
        erreurs, 2 : erreur d’usage ou d’entrée-sortie. Chaque fichier suit le .deroule.yaml le
        plus proche, dans son dossier ou au-dessus (règles, limites, langue), ou celui que
        nomme --config ; les options données ici (--lang) l’emportent sur lui. Les programmes
        d’une mission ne sont lus que dans la racine de son projet (le plus proche dossier
        au-dessus qui contient .deroule.yaml ou .git).
export  écrit le programme (ou la mission) en page HTML autonome, Markdown, Word ou fichier
        iCalendar (sur la sortie standard sans -o, sauf Word, ou avec -o -). --for participants
        (par défaut) laisse de côté les séquences de l’équipe (visibility: team), les notes et
        les supports ; --for team les garde, signalés, avec le matériel à prévoir de chaque
        journée (--with-notes équivaut à --for team). Un fichier existant n’est remplacé
        qu’avec --force ; une date illisible (2023-02-29) arrête l’export (sortie 1, rien d’écrit).
import  transforme un programme écrit pour des humains (.txt, .md, .html, .docx, .odt ou .pdf :
        « 08h30/09h00 Accueil… ») en .programme.yaml (sortie standard sans -o) ; ce qui ne
        trouve pas sa place est gardé en commentaires. Un résumé sur la sortie d’erreur dit ce
        qui a été reconnu, ce qui ne l’a pas été et la vérification du résultat. Les fichiers
        -o sont écrits en entier ou pas du tout ; --force garde les droits du fichier remplacé.
        Sortie 2 et rien d’écrit quand le fichier ne peut pas être importé.`;

export function usage(language: Language): string {
  return language === 'fr' ? FR : EN;
}
