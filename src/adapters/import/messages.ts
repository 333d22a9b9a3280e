/**
 * The texts of import problems, in English and Québec French. Each one says what is wrong and
 * what was expected. French follows the OQLF's usage: « guillemets » with non-breaking spaces,
 * a non-breaking space before the colon and none before ; ? !.
 */
import type { Lang } from '../../core/domain.js';

export interface Messages {
  cannotRead(reason: string): string;
  unsupportedType(ext: string): string;
  emptyFile(): string;
  noHeader(accepted: string): string;
  badJson(reason: string): string;
  jsonShape(): string;
  notAnObject(): string;
  noWorksheet(): string;
  unknownColumn(name: string, accepted: string): string;
  duplicateColumn(name: string, first: string): string;
  unnamedColumn(n: number): string;
  extraCell(n: number, columns: number): string;
  missingColumn(name: string): string;
  missingKeyColumns(candidate: string, name: string): string;
  badQuotes(): string;
  unterminatedQuote(): string;
  noCandidate(candidate: string, name: string): string;
  missingName(key: string): string;
  nameConflict(name: string, first: string, line: number): string;
  missingKind(kinds: string): string;
  unknownKind(text: string, kinds: string): string;
  required(column: string, kind: string): string;
  requiredHandleOrUrl(handle: string, url: string, kind: string): string;
  notANumber(text: string): string;
  ambiguousNumber(text: string, fr: string, en: string): string;
  percentNotAllowed(text: string): string;
  suffixNotAllowed(text: string): string;
  negative(text: string): string;
  share(text: string): string;
  rank(text: string): string;
  listSize(text: string): string;
  listSizeBelowRank(size: string, rank: string): string;
  bandEnd(text: string): string;
  bandEndBelowRank(end: string, rank: string): string;
  bandEndAboveSize(end: string, size: string): string;
  year(text: string): string;
  notADate(text: string): string;
  ambiguousDate(text: string, dayFirst: string, monthFirst: string): string;
  dateTooEarly(text: string): string;
  notABoolean(text: string): string;
  unknownCountry(text: string): string;
  unknownLanguage(text: string): string;
  notAUrl(text: string): string;
  notText(): string;
  record(n: number): string;
}

const q = (s: string | number): string => `"${s}"`;
const g = (s: string | number): string => `«\u00a0${s}\u00a0»`;

const EN: Messages = {
  cannotRead: (reason) => `cannot read the file: ${reason}`,
  unsupportedType: (ext) =>
    `unsupported file type ${q(ext || '(none)')}; expected a .csv, .tsv or .txt (CSV), .xlsx (Excel) or .json file`,
  emptyFile: () => 'the file is empty; expected a header row naming the columns, then one row per fact',
  noHeader: (accepted) =>
    `the first row names no known column, so the file has no header; expected a first row with column names such as ${accepted}`,
  badJson: (reason) => `not valid JSON (${reason}); expected an array of objects, or { "records": [...] }`,
  jsonShape: () => 'expected an array of objects, or an object { "records": [...] }',
  notAnObject: () => 'this record is not an object; expected { "column": value, ... }',
  noWorksheet: () => 'the workbook has no worksheet; expected a sheet of facts (the first one, or one named "evidence")',
  unknownColumn: (name, accepted) => `unknown column ${q(name)}; accepted columns: ${accepted}`,
  duplicateColumn: (name, first) => `column ${q(name)} repeats column ${q(first)}; expected each column once`,
  unnamedColumn: (n) => `column ${n} has data but no name in the header row; expected a column name`,
  extraCell: (n, columns) => `this row has a value in column ${n}, beyond the ${columns} columns of the header`,
  missingColumn: (name) => `the file has no column ${q(name)}; every row needs one`,
  missingKeyColumns: (candidate, name) => `the file has neither a ${q(candidate)} nor a ${q(name)} column; expected at least one of them`,
  badQuotes: () => 'misplaced quote: a quoted value must end with a quote followed by the delimiter or the end of the line',
  unterminatedQuote: () => 'a quoted value is never closed; expected a closing quote (")',
  noCandidate: (candidate, name) => `the row has neither a ${q(candidate)} nor a ${q(name)}; expected at least one of them`,
  missingName: (key) => `candidate ${q(key)} has no name on any row; expected the name on at least one row`,
  nameConflict: (name, first, line) => `name ${q(name)} differs from ${q(first)} given for the same candidate on line ${line}`,
  missingKind: (kinds) => `the kind is empty; expected one of: ${kinds}`,
  unknownKind: (text, kinds) => `unknown kind ${q(text)}; expected one of: ${kinds}`,
  required: (column, kind) => `${q(column)} is required for kind ${q(kind)}`,
  requiredHandleOrUrl: (handle, url, kind) => `${q(handle)} or ${q(url)} is required for kind ${q(kind)}`,
  notANumber: (text) => `${q(text)} is not a number; expected e.g. 1234, 1,234.5 or 1 234,5`,
  ambiguousNumber: (text, fr, en) =>
    `${q(text)} is ambiguous: ${fr} with a decimal comma (French) or ${en} with a thousands separator (English); run with --locale fr or --locale en, or write it without a thousands separator`,
  percentNotAllowed: (text) => `${q(text)}: a percentage is not expected here; expected a number`,
  suffixNotAllowed: (text) => `${q(text)}: k or M is not expected here; expected a plain number`,
  negative: (text) => `${q(text)} is negative; expected a number ≥ 0`,
  share: (text) => `${q(text)} is not a share; expected a number from 0 to 1 or a percentage such as 35 %`,
  rank: (text) => `${q(text)} is not a rank; expected a whole number ≥ 1 (the position in the list)`,
  listSize: (text) => `${q(text)} is not a list size; expected a whole number ≥ 1`,
  listSizeBelowRank: (size, rank) => `the list size ${size} is below the rank ${rank}; expected a size ≥ the rank`,
  bandEnd: (text) => `${q(text)} is not a band end; expected a whole number ≥ 1 (150 for the band 101–150)`,
  bandEndBelowRank: (end, rank) => `the band end ${end} is below the rank ${rank}; expected the band's last position, ≥ its first (the value)`,
  bandEndAboveSize: (end, size) => `the band end ${end} is beyond the list size ${size}; expected a band inside the list`,
  year: (text) => `${q(text)} is not a year; expected four digits such as 2018`,
  notADate: (text) =>
    `${q(text)} is not a date; expected e.g. 2018-11-27, 2018-11, 2018, November 27, 2018, 27 Nov 2018 or 27/11/2018`,
  ambiguousDate: (text, dayFirst, monthFirst) =>
    `${q(text)} is ambiguous: ${dayFirst} (day first) or ${monthFirst} (month first); run with --locale fr (day first) or --locale en (month first), or write it as YYYY-MM-DD`,
  dateTooEarly: (text) => `${q(text)} is before 1990-01-01; expected a date from 1990 on`,
  notABoolean: (text) => `${q(text)} is not yes or no; expected yes/no, true/false, 1/0 (empty = no)`,
  unknownCountry: (text) => `unknown country ${q(text)}; expected an ISO code such as CA, US, FR or a country name`,
  unknownLanguage: (text) => `unknown language ${q(text)}; expected an ISO 639-1 code such as fr, en, es or a language name`,
  notAUrl: (text) => `${q(text)} is not a web address; expected an address starting with https:// or http://`,
  notText: () => 'this value is a list or an object; expected text, a number or yes/no',
  record: (n) => `record ${n}: `,
};

const FR: Messages = {
  cannotRead: (reason) => `impossible de lire le fichier : ${reason}`,
  unsupportedType: (ext) =>
    `type de fichier non pris en charge ${g(ext || '(aucun)')}; attendu : un fichier .csv, .tsv ou .txt (CSV), .xlsx (Excel) ou .json`,
  emptyFile: () => 'le fichier est vide; attendu : une ligne d’en-tête nommant les colonnes, puis une ligne par fait',
  noHeader: (accepted) =>
    `la première ligne ne nomme aucune colonne connue, le fichier n’a donc pas d’en-tête; attendu : une première ligne de noms de colonnes comme ${accepted}`,
  badJson: (reason) => `JSON invalide (${reason}); attendu : un tableau d’objets, ou { "records": [...] }`,
  jsonShape: () => 'attendu : un tableau d’objets, ou un objet { "records": [...] }',
  notAnObject: () => 'cet enregistrement n’est pas un objet; attendu : { "colonne": valeur, ... }',
  noWorksheet: () => 'le classeur n’a aucune feuille; attendu : une feuille de faits (la première, ou une feuille nommée « preuves »)',
  unknownColumn: (name, accepted) => `colonne inconnue ${g(name)}; colonnes acceptées : ${accepted}`,
  duplicateColumn: (name, first) => `la colonne ${g(name)} répète la colonne ${g(first)}; attendu : chaque colonne une seule fois`,
  unnamedColumn: (n) => `la colonne ${n} contient des données mais n’a pas de nom dans l’en-tête; attendu : un nom de colonne`,
  extraCell: (n, columns) => `cette ligne a une valeur dans la colonne ${n}, au-delà des ${columns} colonnes de l’en-tête`,
  missingColumn: (name) => `le fichier n’a pas de colonne ${g(name)}; chaque ligne en a besoin`,
  missingKeyColumns: (candidate, name) => `le fichier n’a ni colonne ${g(candidate)} ni colonne ${g(name)}; attendu : au moins l’une des deux`,
  badQuotes: () => 'guillemet mal placé : une valeur entre guillemets doit finir par un guillemet suivi du délimiteur ou de la fin de ligne',
  unterminatedQuote: () => 'une valeur entre guillemets n’est jamais fermée; attendu : un guillemet fermant (")',
  noCandidate: (candidate, name) => `la ligne n’a ni ${g(candidate)} ni ${g(name)}; attendu : au moins l’un des deux`,
  missingName: (key) => `le candidat ${g(key)} n’a de nom sur aucune ligne; attendu : le nom sur au moins une ligne`,
  nameConflict: (name, first, line) => `le nom ${g(name)} diffère de ${g(first)}, donné pour le même candidat à la ligne ${line}`,
  missingKind: (kinds) => `le type est vide; attendu : un type parmi ${kinds}`,
  unknownKind: (text, kinds) => `type inconnu ${g(text)}; attendu : un type parmi ${kinds}`,
  required: (column, kind) => `${g(column)} est obligatoire pour le type ${g(kind)}`,
  requiredHandleOrUrl: (handle, url, kind) => `${g(handle)} ou ${g(url)} est obligatoire pour le type ${g(kind)}`,
  notANumber: (text) => `${g(text)} n’est pas un nombre; attendu p. ex. 1234, 1 234,5 ou 1,234.5`,
  ambiguousNumber: (text, fr, en) =>
    `${g(text)} est ambigu : ${fr} avec la virgule décimale (français) ou ${en} avec un séparateur de milliers (anglais); relancez avec --locale fr ou --locale en, ou écrivez-le sans séparateur de milliers`,
  percentNotAllowed: (text) => `${g(text)} : un pourcentage n’est pas attendu ici; attendu : un nombre`,
  suffixNotAllowed: (text) => `${g(text)} : k ou M n’est pas attendu ici; attendu : un nombre simple`,
  negative: (text) => `${g(text)} est négatif; attendu : un nombre ≥ 0`,
  share: (text) => `${g(text)} n’est pas une part; attendu : un nombre de 0 à 1 ou un pourcentage comme 35 %`,
  rank: (text) => `${g(text)} n’est pas un rang; attendu : un nombre entier ≥ 1 (la position dans la liste)`,
  listSize: (text) => `${g(text)} n’est pas une taille de liste; attendu : un nombre entier ≥ 1`,
  listSizeBelowRank: (size, rank) => `la taille de liste ${size} est inférieure au rang ${rank}; attendu : une taille ≥ au rang`,
  bandEnd: (text) => `${g(text)} n’est pas une fin de tranche; attendu : un nombre entier ≥ 1 (150 pour la tranche 101–150)`,
  bandEndBelowRank: (end, rank) => `la fin de tranche ${end} est inférieure au rang ${rank}; attendu : la dernière position de la tranche, ≥ sa première (la valeur)`,
  bandEndAboveSize: (end, size) => `la fin de tranche ${end} dépasse la taille de liste ${size}; attendu : une tranche dans la liste`,
  year: (text) => `${g(text)} n’est pas une année; attendu : quatre chiffres comme 2018`,
  notADate: (text) =>
    `${g(text)} n’est pas une date; attendu p. ex. 2018-11-27, 2018-11, 2018, 27 novembre 2018, 1er novembre 2018 ou 27/11/2018`,
  ambiguousDate: (text, dayFirst, monthFirst) =>
    `${g(text)} est ambiguë : ${dayFirst} (jour d’abord) ou ${monthFirst} (mois d’abord); relancez avec --locale fr (jour d’abord) ou --locale en (mois d’abord), ou écrivez-la AAAA-MM-JJ`,
  dateTooEarly: (text) => `${g(text)} est antérieure au 1990-01-01; attendu : une date à partir de 1990`,
  notABoolean: (text) => `${g(text)} n’est ni oui ni non; attendu : oui/non, vrai/faux, 1/0 (vide = non)`,
  unknownCountry: (text) => `pays inconnu ${g(text)}; attendu : un code ISO comme CA, US, FR ou un nom de pays`,
  unknownLanguage: (text) => `langue inconnue ${g(text)}; attendu : un code ISO 639-1 comme fr, en, es ou un nom de langue`,
  notAUrl: (text) => `${g(text)} n’est pas une adresse Web; attendu : une adresse commençant par https:// ou http://`,
  notText: () => 'cette valeur est une liste ou un objet; attendu : du texte, un nombre ou oui/non',
  record: (n) => `enregistrement ${n} : `,
};

/** French typography: a non-breaking space before each colon. */
function frenchSpacing(m: Messages): Messages {
  const out = {} as Record<string, unknown>;
  for (const [k, f] of Object.entries(m) as [string, (...a: unknown[]) => string][]) {
    out[k] = (...a: unknown[]) => f(...a).replace(/ :/g, '\u00a0:');
  }
  return out as unknown as Messages;
}

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en: EN, fr: frenchSpacing(FR) };
