/**
 * What the CLI says, in English and Québec French.
 */
import type { Lang } from '../core/domain.js';

export const CLI_MESSAGES = {
  en: {
    noProblems: 'no problems',
    importProblems: (n: number, files: number) => `${n} problem(s) in ${files} file(s); nothing was imported.`,
    imported: (file: string, rows: number) => `${file}: ${rows} rows read`,
    importProgress: 'import (MB)',
    importDone: (c: number, i: number, e: number, r: number) => `imported: ${c} new candidate(s), ${i} new identit(ies), ${e} new evidence item(s), ${r} new external rank(s)`,
    wrote: (path: string) => `wrote ${path}`,
    saved: (label: string) => `saved as run "${label}"`,
    initDone: (topic: string, db: string) => `field "${topic}" ready in ${db}`,
    demoBuilt: (c: number, e: number, db: string) => `demonstration workspace: ${c} candidates, ${e} evidence items, in ${db}`,
    reportAt: (path: string) => `ranking report: ${path}`,
    noRuns: 'no ranking run yet: run `eclaireur rank` first',
    runNotFound: (x: string) => `no ranking run "${x}" in this store, and no such JSON file`,
    badJson: (file: string, detail: string) => `${file}: not valid JSON: ${detail}`,
    badOut: (file: string) => `${file}: unsupported output; expected a file ending in .json, .csv, .xlsx or .html`,
    fileMissing: (file: string) => `${file}: no such file`,
    ranked: (n: number, of: number, asOf: string | null, fp: string) => `${n} of ${of} candidates ranked as of ${asOf ?? 'the latest evidence'}; fingerprint ${fp.slice(0, 16)}…`,
  },
  fr: {
    noProblems: 'aucun problème',
    importProblems: (n: number, files: number) => `${n} problème(s) dans ${files} fichier(s) ; rien n’a été importé.`,
    imported: (file: string, rows: number) => `${file} : ${rows} lignes lues`,
    importProgress: 'import (Mo)',
    importDone: (c: number, i: number, e: number, r: number) => `importé : ${c} nouveau(x) candidat(s), ${i} nouvelle(s) identité(s), ${e} nouvelle(s) preuve(s), ${r} nouveau(x) rang(s) externe(s)`,
    wrote: (path: string) => `écrit : ${path}`,
    saved: (label: string) => `enregistré comme classement « ${label} »`,
    initDone: (topic: string, db: string) => `milieu « ${topic} » prêt dans ${db}`,
    demoBuilt: (c: number, e: number, db: string) => `espace de démonstration : ${c} candidats, ${e} preuves, dans ${db}`,
    reportAt: (path: string) => `rapport du classement : ${path}`,
    noRuns: 'aucun classement encore : lancez d’abord `eclaireur rank`',
    runNotFound: (x: string) => `aucun classement « ${x} » dans cette base, ni fichier JSON de ce nom`,
    badJson: (file: string, detail: string) => `${file} : JSON invalide : ${detail}`,
    badOut: (file: string) => `${file} : sortie non prise en charge ; attendu un fichier .json, .csv, .xlsx ou .html`,
    fileMissing: (file: string) => `${file} : fichier introuvable`,
    ranked: (n: number, of: number, asOf: string | null, fp: string) => `${n} candidats classés sur ${of} au ${asOf ?? 'la preuve la plus récente'} ; empreinte ${fp.slice(0, 16)}…`,
  },
} as const;

export type CliMessages = (typeof CLI_MESSAGES)[Lang];

export function cliMessages(lang: Lang): CliMessages {
  return CLI_MESSAGES[lang] as CliMessages;
}
