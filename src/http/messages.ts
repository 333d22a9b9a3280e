/**
 * What the HTTP API says to people (problem titles and details), in English and Québec
 * French. The language of an answer is the request's `Accept-Language` (fr… → French), else
 * the server's. Field names, codes and JSON keys stay in English: they are the API's contract.
 */
import type { Lang } from '../core/domain.js';

export const HTTP_MESSAGES = {
  en: {
    titles: {
      validation: 'The request is not valid',
      'not-found': 'Not found',
      'import-problems': 'The files have problems; nothing was imported',
      'unsupported-file': 'Unsupported file',
      'payload-too-large': 'The upload is too large',
      'bad-request': 'Bad request',
      'no-data': 'Not enough data',
      conflict: 'Conflict',
      'not-available': 'Not available on this server',
      internal: 'Internal error',
    },
    validation: (n: number, where: string) => `${n} problem(s) in the request's ${where}`,
    where: { body: 'body', querystring: 'query string', params: 'path', headers: 'headers' } as Record<string, string>,
    noRoute: (method: string, url: string) => `no route ${method} ${url}; the routes are listed at /api/docs`,
    noField: (id: number) => `no field with id ${id} (GET /api/fields lists them)`,
    noCandidate: (key: string) => `no candidate "${key}" in this field`,
    noRun: (ref: string) => `no saved ranking run "${ref}" in this field (label or id; GET …/runs lists them)`,
    noJob: (id: string) => `no job ${id} (jobs are kept in memory until the server stops)`,
    noQueued: (id: number) => `no entry ${id} in the review queue of this field`,
    noProposal: (id: number) => `entry ${id} has no proposed candidate: give one in "candidate", or make it a new candidate, or reject it`,
    importProblems: (n: number, files: number) => `${n} problem(s) in ${files} file(s); the store is unchanged`,
    noFile: 'the request has no file part (multipart/form-data with one or more "file" parts)',
    badExtension: (name: string) => `${name}: unsupported file type; expected .csv, .tsv, .txt, .xlsx or .json`,
    tooLarge: (name: string, max: number) => `${name}: larger than the upload limit of ${max} bytes`,
    notMultipart: 'expected multipart/form-data with one or more "file" parts',
    badConfig: (n: number) => `${n} problem(s) in the ranking configuration`,
    noGraph: 'the field has no graph and no peer mention: import an edge list first (eclaireur graph import)',
    noLists: 'the field has no external ranking: import facts of kind external_rank (list, year, rank) first',
    fieldExists: (topic: string) => `a field "${topic}" already exists`,
    internal: 'the server failed; see its log',
  },
  fr: {
    titles: {
      validation: 'La requête n’est pas valide',
      'not-found': 'Introuvable',
      'import-problems': 'Les fichiers ont des problèmes ; rien n’a été importé',
      'unsupported-file': 'Fichier non pris en charge',
      'payload-too-large': 'Le téléversement est trop volumineux',
      'bad-request': 'Requête incorrecte',
      'no-data': 'Données insuffisantes',
      conflict: 'Conflit',
      'not-available': 'Non disponible sur ce serveur',
      internal: 'Erreur interne',
    },
    validation: (n: number, where: string) => `${n} problème(s) dans ${where} de la requête`,
    where: { body: 'le corps', querystring: 'les paramètres', params: 'le chemin', headers: 'les en-têtes' } as Record<string, string>,
    noRoute: (method: string, url: string) => `aucune route ${method} ${url} ; les routes sont décrites à /api/docs`,
    noField: (id: number) => `aucun milieu d’identifiant ${id} (GET /api/fields les énumère)`,
    noCandidate: (key: string) => `aucun candidat « ${key} » dans ce milieu`,
    noRun: (ref: string) => `aucun classement enregistré « ${ref} » dans ce milieu (libellé ou identifiant ; GET …/runs les énumère)`,
    noJob: (id: string) => `aucune tâche ${id} (les tâches sont gardées en mémoire jusqu’à l’arrêt du serveur)`,
    noQueued: (id: number) => `aucune entrée ${id} dans la file de vérification de ce milieu`,
    noProposal: (id: number) => `l’entrée ${id} n’a pas de candidat proposé : indiquez-en un dans « candidate », ou créez un nouveau candidat, ou rejetez-la`,
    importProblems: (n: number, files: number) => `${n} problème(s) dans ${files} fichier(s) ; la base est inchangée`,
    noFile: 'la requête n’a aucune partie fichier (multipart/form-data avec une ou plusieurs parties « file »)',
    badExtension: (name: string) => `${name} : type de fichier non pris en charge ; attendu .csv, .tsv, .txt, .xlsx ou .json`,
    tooLarge: (name: string, max: number) => `${name} : dépasse la limite de téléversement de ${max} octets`,
    notMultipart: 'attendu : multipart/form-data avec une ou plusieurs parties « file »',
    badConfig: (n: number) => `${n} problème(s) dans la configuration du classement`,
    noGraph: 'le milieu n’a ni graphe ni mention par un pair : importez d’abord une liste de liens (eclaireur graph import)',
    noLists: 'le milieu n’a aucun classement externe : importez d’abord des preuves « classement externe » (liste, année, rang)',
    fieldExists: (topic: string) => `un milieu « ${topic} » existe déjà`,
    internal: 'le serveur a échoué ; voir son journal',
  },
} as const;

export type HttpMessages = (typeof HTTP_MESSAGES)['en'];

export function httpMessages(lang: Lang): HttpMessages {
  return HTTP_MESSAGES[lang] as unknown as HttpMessages;
}

/** The language of an answer: `Accept-Language` starting with fr → French, en → English, else `fallback`. */
export function langOf(acceptLanguage: string | string[] | undefined, fallback: Lang): Lang {
  const first = (Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage)?.trim().toLowerCase() ?? '';
  if (first.startsWith('fr')) return 'fr';
  if (first.startsWith('en')) return 'en';
  return fallback;
}
