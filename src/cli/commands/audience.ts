/**
 * `eclaireur audience …`: the fake-follower detector and audits (issue 3).
 *
 * - `audience evaluate --data FILE [--json]`: stratified 10-fold cross-validation of the
 *   trained model and the paper's single rules on a labelled set (Cresci et al. 2015's
 *   `profiles.csv`), printed beside the published figures. `--json` prints
 *   {"rows": [{"model", "accuracy", "precision", "recall", "f1", "mcc", "auc", "brier"}, …],
 *   "paper": […], "reliability": […]} (fake is the positive class).
 * - `audience train --data FILE [--out FILE]`: the same evaluation, then the model trained on
 *   all rows, written with its evaluation and the data's fingerprint (default: the shipped
 *   `models/audience-forest.json`).
 * - `audience audit FILE [--candidate KEY --platform P] [--json]`: classifies a follower sample,
 *   estimates the fake share with its interval, lists the followers that look fake and why;
 *   with `--candidate` the result is stored — the candidate's `audience` fact on that platform
 *   (which the ranking's qualified_audience index reads), the audit's record and the sample —
 *   in one transaction. `--json` prints {"sampleSize", "usable", "fakeShare", "interval":
 *   [low, high], …}. Rows with bad values are reported by line and left out; a sample with no
 *   usable row exits with code 2.
 * - `audience import FILE --candidate KEY`: stores a follower sample without auditing it;
 *   `audience audit --candidate KEY` (no FILE) audits the candidate's latest stored sample on
 *   each platform (again, e.g. with a newer model) and prints {"audits": […]} with `--json`.
 * - `audience audits [--candidate KEY]`: the stored audits.
 */
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { type AuditResult, auditSample, AUDIT_DEFAULTS } from '../../core/audience/audit.js';
import { AUDIENCE_DEFAULTS } from '../../core/audience/defaults.js';
import { type Evaluation, evaluate } from '../../core/audience/evaluate.js';
import { trainModel } from '../../core/audience/forest-model.js';
import { PAPER_ROWS } from '../../core/audience/paper.js';
import { featuresOfRows, FEATURES } from '../../core/audience/profile.js';
import { brokenLabel, PAPER_RULES, ruleLabel } from '../../core/audience/rules.js';
import type { Lang } from '../../core/domain.js';
import { DEFAULT_MODEL_FILE, type ModelFile, ModelFileError, readModelFile, writeModelFile } from '../../adapters/audience/model-file.js';
import { latestSamples, listAudits, type NewSample, saveSample } from '../../adapters/storage/audience-store.js';
import { type AuditedSample, auditJson, type AuditOutcome, AuditStoreError, newSample, observedOn, realAudience, samplePlatform, storeAudit, type StoredAudit } from '../../adapters/audience/store-audit.js';
import type { Store } from '../../adapters/storage/index.js';
import { type ProfileSample, readProfileSample, SampleFileError, type SampleProblem } from '../../adapters/audience/read-sample.js';
import { parseDay } from '../../adapters/audience/profile-fields.js';
import { globals, withStore } from '../context.js';
import { io, UsageError } from '../errors.js';
import { resolveField } from './field.js';

const T = {
  en: {
    noLabels: (f: string) => `${f}: no labelled row; training and evaluation need a "label" column (fake or human)`,
    oneClass: (f: string) => `${f}: the labelled rows are all of one class; both fake and human are needed`,
    noUsable: (f: string, n: number) => `${f}: no usable follower profile (${n} row(s) read, all left out)`,
    leftOut: (n: number) => `${n} row(s) left out:`,
    more: (n: number) => `… and ${n} more`,
    fold: (k: number, n: number) => `fold ${k}/${n} done`,
    head: ['model', 'accuracy', 'precision', 'recall', 'F1', 'MCC', 'AUC'],
    ours: 'Éclaireur (10-fold cross-validation)',
    paper: 'Cresci et al. 2015 (published)',
    wrote: (f: string, v: string) => `wrote ${f} (model ${v})`,
    badNumber: (opt: string, v: string) => `${opt}: expected a whole number ≥ 1, got "${v}"`,
    badSeed: (v: string) => `--seed: expected a whole number ≥ 0, got "${v}"`,
    badFolds: (v: string) => `--folds: expected a whole number ≥ 2, got "${v}"`,
    notAFile: (f: string) => `${f}: not a file`,
    badDate: (v: string) => `--observed: expected a date (YYYY-MM-DD), got "${v}"`,
    needPlatform: '--candidate needs --platform (the platform of the followers: twitter, bluesky, mastodon…) for a CSV sample',
    noCandidate: (k: string) => `no candidate "${k}" in the field`,
    stored: (k: string, p: string, real: string) => `stored as the audience of ${k} on ${p}: real audience ${real}`,
    result: (r: AuditResult, lang: Lang) =>
      [
        `sample: ${r.sampleSize} row(s), ${r.usable} usable, ${r.leftOut} left out`,
        `classified fake: ${r.flagged} (${pct(r.apparentShare, lang)})`,
        `estimated fake share: ${pct(r.fakeShare, lang)}, ${Math.round(r.level * 100)}% interval ${pct(r.interval[0], lang)} – ${pct(r.interval[1], lang)} (corrected for the model's sensitivity ${pct(r.sensitivity, lang)} and specificity ${pct(r.specificity, lang)})`,
        `for ± ${Math.round(r.needed.margin * 100)} points, audit about ${r.needed.followers} followers`,
      ].join('\n'),
    suspects: (n: number) => `followers that look most fake (${n}):`,
    line: 'line',
    real: (f: string, e: string, lo: string, hi: string) => `real audience: ${e} of ${f} followers (interval ${lo} – ${hi})`,
    sampleStored: (id: number, n: number) => `stored sample #${id} (${n} profiles); audit it with \`eclaireur audience audit --candidate KEY\``,
    sampleKnown: (id: number) => `this sample is stored already (#${id}); nothing changed`,
    needFileOrCandidate: 'give a sample FILE, or --candidate KEY to audit the candidate’s stored samples',
    noSample: (k: string, p?: string) => `no stored follower sample of "${k}"${p ? ` on ${p}` : ''}; store one with \`eclaireur audience import FILE --candidate ${k}\``,
    noAudit: 'no audit stored yet',
  },
  fr: {
    noLabels: (f: string) => `${f} : aucune ligne étiquetée; l’entraînement et l’évaluation demandent une colonne « label » (fake ou human)`,
    oneClass: (f: string) => `${f} : les lignes étiquetées sont toutes de la même classe; il faut des faux et des vrais comptes`,
    noUsable: (f: string, n: number) => `${f} : aucun profil d’abonné utilisable (${n} ligne(s) lue(s), toutes écartées)`,
    leftOut: (n: number) => `${n} ligne(s) écartée(s) :`,
    more: (n: number) => `… et ${n} de plus`,
    fold: (k: number, n: number) => `pli ${k}/${n} terminé`,
    head: ['modèle', 'exactitude', 'précision', 'rappel', 'F1', 'MCC', 'AUC'],
    ours: 'Éclaireur (validation croisée à 10 plis)',
    paper: 'Cresci et al. 2015 (publié)',
    wrote: (f: string, v: string) => `écrit : ${f} (modèle ${v})`,
    badNumber: (opt: string, v: string) => `${opt} : un nombre entier ≥ 1 est attendu, reçu « ${v} »`,
    badSeed: (v: string) => `--seed : un nombre entier ≥ 0 est attendu, reçu « ${v} »`,
    badFolds: (v: string) => `--folds : un nombre entier ≥ 2 est attendu, reçu « ${v} »`,
    notAFile: (f: string) => `${f} : ce n’est pas un fichier`,
    badDate: (v: string) => `--observed : une date (AAAA-MM-JJ) est attendue, reçu « ${v} »`,
    needPlatform: '--candidate demande --platform (la plateforme des abonnés : twitter, bluesky, mastodon…) pour un échantillon CSV',
    noCandidate: (k: string) => `aucun candidat « ${k} » dans le milieu`,
    stored: (k: string, p: string, real: string) => `enregistré comme auditoire de ${k} sur ${p} : auditoire réel ${real}`,
    result: (r: AuditResult, lang: Lang) =>
      [
        `échantillon : ${r.sampleSize} ligne(s), ${r.usable} utilisable(s), ${r.leftOut} écartée(s)`,
        `classés faux : ${r.flagged} (${pct(r.apparentShare, lang)})`,
        `part estimée de faux comptes : ${pct(r.fakeShare, lang)}, intervalle à ${Math.round(r.level * 100)} % ${pct(r.interval[0], lang)} – ${pct(r.interval[1], lang)} (corrigée pour la sensibilité ${pct(r.sensitivity, lang)} et la spécificité ${pct(r.specificity, lang)} du modèle)`,
        `pour ± ${Math.round(r.needed.margin * 100)} points, auditez environ ${r.needed.followers} abonnés`,
      ].join('\n'),
    suspects: (n: number) => `abonnés les plus suspects (${n}) :`,
    line: 'ligne',
    real: (f: string, e: string, lo: string, hi: string) => `auditoire réel : ${e} sur ${f} abonnés (intervalle ${lo} – ${hi})`,
    sampleStored: (id: number, n: number) => `échantillon n° ${id} enregistré (${n} profils); auditez-le avec \`eclaireur audience audit --candidate CLÉ\``,
    sampleKnown: (id: number) => `cet échantillon est déjà enregistré (n° ${id}); rien n’a changé`,
    needFileOrCandidate: 'donnez un FICHIER d’échantillon, ou --candidate CLÉ pour auditer les échantillons enregistrés du candidat',
    noSample: (k: string, p?: string) => `aucun échantillon d’abonnés enregistré pour « ${k} »${p ? ` sur ${p}` : ''}; enregistrez-en un avec \`eclaireur audience import FICHIER --candidate ${k}\``,
    noAudit: 'aucun audit enregistré',
  },
};

function pct(x: number, lang: Lang): string {
  const s = (x * 100).toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return lang === 'fr' ? `${s} %` : `${s}%`;
}

function positiveInt(opt: string, v: string, lang: Lang): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(T[lang].badNumber(opt, v));
  return n;
}

function todayDay(): number {
  return Math.floor(Date.now() / 86_400_000);
}

async function readSample(file: string, lang: Lang, observed?: string): Promise<ProfileSample> {
  let observedDay: number | null = todayDay();
  if (observed !== undefined) {
    observedDay = parseDay(observed);
    if (observedDay === null) throw new UsageError(T[lang].badDate(observed));
  }
  try {
    return await readProfileSample(file, { observedDay, lang });
  } catch (e) {
    if (e instanceof SampleFileError) throw new UsageError(e.message);
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(lang === 'fr' ? `${file} : fichier introuvable` : `${file}: no such file`);
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') throw new UsageError(T[lang].notAFile(file));
    throw e;
  }
}

function reportProblems(s: ProfileSample, lang: Lang, limit = 20): void {
  if (s.problemCount === 0) return;
  const m = T[lang];
  io.err(`${m.leftOut(s.problemCount)}\n`);
  for (const p of s.problems.slice(0, limit)) io.err(`  ${s.file}:${p.line}${p.column ? ` [${p.column}]` : ''}: ${p.message}\n`);
  if (s.problemCount > limit) io.err(`  ${m.more(s.problemCount - limit)}\n`);
}

/** The labelled rows of a sample (a label of −1 is an error for training data). */
function labelled(s: ProfileSample, lang: Lang): { X: Float64Array; y: Uint8Array } {
  const m = T[lang];
  let n = 0;
  let pos = 0;
  for (let i = 0; i < s.usable; i++) {
    if (s.labels[i] >= 0) n++;
    if (s.labels[i] === 1) pos++;
  }
  if (n === 0) throw new UsageError(m.noLabels(s.file));
  if (pos === 0 || pos === n) throw new UsageError(m.oneClass(s.file));
  const p = FEATURES.length;
  const X = new Float64Array(n * p);
  const y = new Uint8Array(n);
  for (let i = 0, k = 0; i < s.usable; i++) {
    if (s.labels[i] < 0) continue;
    X.set(s.X.subarray(i * p, i * p + p), k * p);
    y[k++] = s.labels[i];
  }
  return { X, y };
}

interface TrainOptions {
  data: string;
  seed: string;
  trees: string;
  mtry: string;
  folds: string;
  json?: boolean;
  out?: string;
}

function forestParams(o: TrainOptions, lang: Lang) {
  return {
    trees: positiveInt('--trees', o.trees, lang),
    mtry: Math.min(FEATURES.length, positiveInt('--mtry', o.mtry, lang)),
    minLeaf: AUDIENCE_DEFAULTS.forest.minLeaf,
    maxDepth: AUDIENCE_DEFAULTS.forest.maxDepth,
    seed: Number.isInteger(Number(o.seed)) && Number(o.seed) >= 0 ? Number(o.seed) : (() => { throw new UsageError(T[lang].badSeed(o.seed)); })(),
  };
}

async function runEvaluation(o: TrainOptions, lang: Lang): Promise<{ sample: ProfileSample; X: Float64Array; y: Uint8Array; ev: Evaluation; params: ReturnType<typeof forestParams> }> {
  const params = forestParams(o, lang);
  const folds = Number(o.folds);
  if (!Number.isInteger(folds) || folds < 2) throw new UsageError(T[lang].badFolds(o.folds));
  const sample = await readSample(o.data, lang);
  reportProblems(sample, lang);
  const { X, y } = labelled(sample, lang);
  const ev = evaluate(X, y, PAPER_RULES, params, { folds, seed: params.seed, threshold: AUDIENCE_DEFAULTS.threshold }, (k) => {
    if (!o.json) io.err(`${T[lang].fold(k + 1, folds)}\r`);
  });
  if (!o.json) io.err('\n');
  return { sample, X, y, ev, params };
}

const f3 = (x: number | null): string => (x === null || !Number.isFinite(x) ? '—' : x.toFixed(3));

function evaluationText(ev: Evaluation, lang: Lang): string {
  const m = T[lang];
  const label = (id: string): string => ruleLabel(id)?.[lang] ?? id;
  const lines: string[] = [];
  const table = (title: string, rows: { model: string; accuracy: number; precision: number | null; recall: number | null; f1: number | null; mcc: number; auc: number | null }[]) => {
    lines.push(title);
    const cells = [m.head, ...rows.map((r) => [label(r.model), f3(r.accuracy), f3(r.precision), f3(r.recall), f3(r.f1), f3(r.mcc), f3(r.auc)])];
    const w = m.head.map((_, j) => Math.max(...cells.map((c) => c[j].length)));
    for (const c of cells) lines.push(`  ${c.map((x, j) => (j === 0 ? x.padEnd(w[j]) : x.padStart(w[j]))).join('  ')}`);
  };
  table(`${m.ours}, ${ev.rows} profiles (${ev.positives} fake):`, ev.results);
  lines.push('');
  table(`${m.paper}:`, PAPER_ROWS.map((r) => ({ ...r })));
  const model = ev.results.find((r) => r.model === 'random-forest');
  if (model) {
    lines.push('');
    lines.push(`Brier ${model.brier.toFixed(4)}; ${lang === 'fr' ? 'fiabilité (probabilité prédite → part observée de faux)' : 'reliability (predicted probability → observed share of fake)'}:`);
    for (const b of ev.reliability) lines.push(`  [${b.from.toFixed(1)}, ${b.to.toFixed(1)})  n=${String(b.count).padStart(4)}  ${b.predicted.toFixed(3)} → ${b.observed.toFixed(3)}`);
  }
  return `${lines.join('\n')}\n`;
}

function evaluationJson(ev: Evaluation) {
  return {
    rows: ev.results.map((r) => ({ model: r.model, accuracy: r.accuracy, precision: r.precision, recall: r.recall, f1: r.f1, mcc: r.mcc, auc: Number.isFinite(r.auc) ? r.auc : null, brier: r.brier, confusion: r.confusion })),
    paper: PAPER_ROWS,
    folds: ev.folds,
    seed: ev.seed,
    reliability: ev.reliability,
  };
}

interface AuditOptions {
  candidate?: string;
  platform?: string;
  followers?: string;
  observed?: string;
  model?: string;
  field?: string;
  suspects: string;
  json?: boolean;
}

function loadModel(path: string): ModelFile {
  try {
    return readModelFile(path);
  } catch (e) {
    if (e instanceof ModelFileError) throw new UsageError(e.message);
    throw e;
  }
}


function auditText(o: AuditOutcome, lang: Lang): string {
  const m = T[lang];
  const r = o.result;
  const out = [m.result(r, lang)];
  if (o.followers !== null) {
    const a = realAudience(o.followers, r);
    const n = (x: number) => Math.round(x).toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA');
    out.push(m.real(n(a.followers), n(a.estimate), n(a.interval[0]), n(a.interval[1])));
  }
  if (o.stored) out.push(m.stored(o.stored.candidate, o.stored.platform, Math.round(o.stored.realAudience).toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA')));
  if (r.suspects.length > 0) {
    out.push(m.suspects(r.suspects.length));
    for (const sus of r.suspects.slice(0, 20)) {
      const why = sus.reasons.map((x) => `${FEATURES.find((f) => f.name === x.feature)!.label[lang]} = ${x.value === null ? '—' : Number(x.value.toPrecision(4))}`);
      const rules = sus.rules.map((id) => brokenLabel(id)?.[lang] ?? id);
      out.push(`  ${m.line} ${sus.line}: ${pct(sus.probability, lang)} — ${why.join('; ')}${rules.length ? ` [${rules.join('; ')}]` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function registerAudience(program: Command): Command {
  const aud = program.command('audience').description('fake-follower detection and audience audits (index 9)');
  const trainOpts = (c: Command) =>
    c
      .requiredOption('--data <file>', 'labelled profiles (CSV with a "label" column: fake or human), e.g. Cresci et al. 2015 profiles.csv')
      .option('--seed <n>', 'seed of the folds and of the forest', String(AUDIENCE_DEFAULTS.seed))
      .option('--trees <n>', 'trees in the forest', String(AUDIENCE_DEFAULTS.forest.trees))
      .option('--mtry <n>', 'features searched per node', String(AUDIENCE_DEFAULTS.forest.mtry))
      .option('--folds <n>', 'folds of the cross-validation', String(AUDIENCE_DEFAULTS.folds))
      .option('--json', 'print JSON');

  trainOpts(aud.command('evaluate').description('cross-validate the model and the paper’s rules on labelled profiles; print them beside the published figures')).action(async (o: TrainOptions, cmd: Command) => {
    const g = globals(cmd);
    const { ev } = await runEvaluation(o, g.lang);
    io.out(o.json ? `${JSON.stringify(evaluationJson(ev))}\n` : evaluationText(ev, g.lang));
  });

  trainOpts(aud.command('train').description('evaluate, then train the model on all labelled profiles and write the model file'))
    .option('--out <file>', 'model file to write', DEFAULT_MODEL_FILE)
    .action(async (o: TrainOptions, cmd: Command) => {
      const g = globals(cmd);
      const { sample, X, y, ev, params } = await runEvaluation(o, g.lang);
      const model = trainModel(X, y, params);
      const rf = ev.results.find((r) => r.model === 'random-forest')!;
      const version = writeModelFile(o.out!, {
        forest: model.forest,
        calibration: model.calibration,
        params,
        threshold: AUDIENCE_DEFAULTS.threshold,
        errors: rf.confusion,
        evaluation: ev,
        data: { file: basename(sample.file), sha256: sample.sha256, rows: ev.rows, positives: ev.positives },
        trainedAt: new Date().toISOString().slice(0, 10),
      });
      io.out(o.json ? `${JSON.stringify({ ...evaluationJson(ev), model: { file: o.out, version } })}\n` : `${evaluationText(ev, g.lang)}\n${T[g.lang].wrote(o.out!, version)}\n`);
    });

  aud
    .command('import')
    .description('store a sample of a candidate’s followers, to audit now or again later with a newer model')
    .argument('<file>', 'follower profiles: CSV (Twitter/Cresci or neutral columns), Bluesky or Mastodon JSON, JSON Lines')
    .requiredOption('--candidate <key>', 'the candidate whose followers these are')
    .option('--platform <name>', 'platform of the followers (JSON samples say it themselves)')
    .option('--observed <date>', 'when the profiles were collected, for account ages (default: today)')
    .option('--field <topic>', 'field of the candidate')
    .option('--json', 'print JSON')
    .action(async (file: string, o: AuditOptions, cmd: Command) => {
      const g = globals(cmd);
      const m = T[g.lang];
      const sample = await readSample(file, g.lang, o.observed);
      reportProblems(sample, g.lang);
      if (sample.usable === 0) throw new UsageError(m.noUsable(file, sample.rows));
      const platform = platformOf(o, sample, g.lang);
      const saved = await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        if ((await store.evidenceOf(field.id, o.candidate!)).candidate === null) throw new UsageError(m.noCandidate(o.candidate!));
        return store.db.transaction().execute((trx) => saveSample(trx, field.id, newSample(o.candidate!, platform, file, sample)));
      });
      if (o.json) io.out(`${JSON.stringify({ sample: saved.id, created: saved.created, rows: sample.rows, usable: sample.usable, leftOut: sample.rows - sample.usable, sha256: sample.sha256 })}\n`);
      else io.out(`${saved.created ? m.sampleStored(saved.id, sample.usable) : m.sampleKnown(saved.id)}\n`);
    });

  aud
    .command('audit')
    .description('audit a follower sample (a file, or the candidate’s stored samples): fake share with its interval, real audience, the followers that look fake and why')
    .argument('[file]', 'follower profiles: CSV (Twitter/Cresci or neutral columns), Bluesky or Mastodon JSON, JSON Lines; without it, the candidate’s latest stored sample on each platform')
    .option('--candidate <key>', 'store the result as this candidate’s audience')
    .option('--platform <name>', 'platform of the followers (JSON samples say it themselves)')
    .option('--followers <n>', 'the candidate’s follower count on the platform (default: the latest known)')
    .option('--observed <date>', 'when the profiles were collected, for account ages (default: today)')
    .option('--model <file>', 'model file', DEFAULT_MODEL_FILE)
    .option('--field <topic>', 'field of the candidate')
    .option('--suspects <n>', 'followers to list with their reasons', String(AUDIT_DEFAULTS.suspects))
    .option('--json', 'print JSON')
    .action(async (file: string | undefined, o: AuditOptions, cmd: Command) => {
      const g = globals(cmd);
      const m = T[g.lang];
      const suspects = positiveInt('--suspects', o.suspects, g.lang);
      const followersOpt = o.followers === undefined ? null : positiveInt('--followers', o.followers, g.lang);
      const model = loadModel(o.model!);
      const opts = { ...AUDIT_DEFAULTS, suspects };
      if (file === undefined) {
        if (o.candidate === undefined) throw new UsageError(m.needFileOrCandidate);
        const outcomes = await withStore(g, async (store) => {
          const field = await resolveField(store, o.field);
          const samples = await latestSamples(store.db, field.id, o.candidate!, o.platform);
          if (samples.length === 0) throw new UsageError(m.noSample(o.candidate!, o.platform));
          const done: AuditOutcome[] = [];
          for (const smp of samples) {
            const X = featuresOfRows(smp.P, smp.usable);
            const result = auditSample(model, X, smp.usable, smp.lines, smp.rowsRead, opts);
            const sample = { file: smp.file, sha256: smp.sha256, platform: smp.platform, observedOn: smp.observedOn ?? observedOn(smp.P), problems: [] };
            const stored = await storeAuditOrFail(store, field.id, o.candidate!, smp.platform, followersOpt, result, model.version, sample, null, g.lang);
            done.push({ result, platform: smp.platform, followers: stored.followers, sample, stored });
          }
          return done;
        });
        io.out(o.json ? `${JSON.stringify({ audits: outcomes.map((x) => auditJson(x, model.version)) })}\n` : outcomes.map((x) => `${x.platform}:\n${auditText(x, g.lang)}`).join('\n'));
        return;
      }
      const sample = await readSample(file, g.lang, o.observed);
      // Problems go to standard error, with --json too when nothing is usable (they say why).
      if (!o.json || sample.usable === 0) reportProblems(sample, g.lang);
      if (sample.usable === 0) throw new UsageError(m.noUsable(file, sample.rows));
      const platform = o.candidate !== undefined ? platformOf(o, sample, g.lang) : null;
      const result = auditSample(model, sample.X, sample.usable, sample.lines, sample.rows, opts);
      const info = { file, sha256: sample.sha256, platform: sample.platform, observedOn: observedOn(sample.P), problems: sample.problems };
      let stored: AuditOutcome['stored'] = null;
      if (o.candidate !== undefined) {
        stored = await withStore(g, async (store) => {
          const field = await resolveField(store, o.field);
          return storeAuditOrFail(store, field.id, o.candidate!, platform!, followersOpt, result, model.version, info, newSample(o.candidate!, platform!, file, sample), g.lang);
        });
      }
      const outcome: AuditOutcome = { result, platform, followers: stored?.followers ?? followersOpt, sample: info, stored };
      io.out(o.json ? `${JSON.stringify(auditJson(outcome, model.version))}\n` : auditText(outcome, g.lang));
    });

  aud
    .command('audits')
    .description('the stored audits of the field (of one candidate with --candidate), oldest first')
    .option('--candidate <key>', 'only this candidate’s')
    .option('--field <topic>', 'field')
    .option('--json', 'print JSON')
    .action(async (o: { candidate?: string; field?: string; json?: boolean }, cmd: Command) => {
      const g = globals(cmd);
      const audits = await withStore(g, async (store) => listAudits(store.db, (await resolveField(store, o.field)).id, o.candidate));
      if (o.json) {
        io.out(`${JSON.stringify({ audits: audits.map(({ detail: _d, ...a }) => a) })}\n`);
        return;
      }
      if (audits.length === 0) {
        io.out(`${T[g.lang].noAudit}\n`);
        return;
      }
      for (const a of audits) io.out(`#${a.id} ${a.observedOn} ${a.candidateKey} ${a.platform}: ${pct(a.fakeShare, g.lang)} [${pct(a.interval[0], g.lang)} – ${pct(a.interval[1], g.lang)}] n=${a.usable}/${a.sampleSize} ${a.modelVersion} ${a.sampleSha256.slice(0, 12)}\n`);
    });
  return aud;
}

function platformOf(o: AuditOptions, sample: ProfileSample, lang: Lang): string {
  const p = o.platform ?? samplePlatform(sample);
  if (p === undefined) throw new UsageError(T[lang].needPlatform);
  return p;
}

/** storeAudit (adapters/audience/store-audit.ts), its refusals as usage errors and its warning on standard error. */
async function storeAuditOrFail(store: Store, fieldId: number, key: string, platform: string, followersOpt: number | null, r: AuditResult, version: string, sample: AuditedSample, newSampleRow: NewSample | null, lang: Lang): Promise<StoredAudit> {
  try {
    return await storeAudit(store, fieldId, key, platform, followersOpt, r, version, sample, newSampleRow, { lang, warn: (msg) => io.err(`${msg}\n`) });
  } catch (e) {
    if (e instanceof AuditStoreError) throw new UsageError(e.message);
    throw e;
  }
}
