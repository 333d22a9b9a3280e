/**
 * Audience audits (issue 3, docs/audience.md), over the same code as `eclaireur audience …`:
 *
 * - `POST /api/fields/:fieldId/audience/audits`: a follower sample (CSV, TSV, Bluesky or
 *   Mastodon JSON, JSON Lines) as one multipart "file" part, streamed to a temporary file as
 *   imports are, then audited **as a job**: the fake share with its interval, the followers that
 *   look fake and why — the JSON of `eclaireur audience audit FILE --json`. With `candidate`
 *   (and `platform`, unless a JSON sample names it) the audit is stored as that candidate's
 *   audience (adapters/audience/store-audit.ts, the CLI's own code path). Rows with problems are
 *   left out and listed in the result (line, column); a sample with no usable row fails the job
 *   with a problem listing them.
 * - `GET …/audience/audits`: the stored audits (paged, oldest first; `candidate` filters).
 * - `POST …/audience/candidates/:key/audits`: audit the candidate's latest stored sample on each
 *   platform again (a job; `eclaireur audience audit --candidate KEY`).
 * - `GET /api/audience/model`: the shipped model — version, the data's fingerprint, its
 *   cross-validated evaluation beside the paper's figures (Cresci et al. 2015).
 */
import { rm } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { AUDIT_DEFAULTS, auditSample } from '../../core/audience/audit.js';
import { PAPER_ROWS } from '../../core/audience/paper.js';
import { featuresOfRows } from '../../core/audience/profile.js';
import type { Lang } from '../../core/domain.js';
import { DEFAULT_MODEL_FILE, type ModelFile, readModelFile } from '../../adapters/audience/model-file.js';
import { parseDay } from '../../adapters/audience/profile-fields.js';
import { readProfileSample, SampleFileError, type SampleProblem } from '../../adapters/audience/read-sample.js';
import { type AuditOutcome, auditJson, AuditStoreError, newSample, observedOn, samplePlatform, storeAudit } from '../../adapters/audience/store-audit.js';
import { latestSamples, listAudits } from '../../adapters/storage/audience-store.js';
import type { Store } from '../../adapters/storage/index.js';
import type { ApiRoutes } from '../server.js';
import { fieldParams, requireField } from '../field.js';
import { jobSchema } from '../jobs.js';
import { httpMessages } from '../messages.js';
import { pageOf, pageQuery, slicePage } from '../pagination.js';
import { type ProblemItem, ProblemError, problemSchema } from '../problem.js';
import { hasExtension, receiveUploads } from '../uploads.js';

const EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.json', '.jsonl', '.ndjson']);
const JSON_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson']);

const M = {
  en: {
    badExtension: (name: string) => `${name}: unsupported file type; expected .csv, .tsv, .txt, .json, .jsonl or .ndjson`,
    oneFile: 'one follower sample per request: a single "file" part',
    noUsable: (f: string, n: number) => `${f}: no usable follower profile (${n} row(s) read, all left out)`,
    unreadable: 'the file is not a follower sample',
    needPlatform: 'a stored audit of a CSV sample needs platform (the platform of the followers: x, bluesky, mastodon…)',
    noSample: (k: string, p?: string) => `no stored follower sample of "${k}"${p ? ` on ${p}` : ''}; store one by auditing a file with candidate=${k}`,
  },
  fr: {
    badExtension: (name: string) => `${name} : type de fichier non pris en charge ; attendu .csv, .tsv, .txt, .json, .jsonl ou .ndjson`,
    oneFile: 'un échantillon d’abonnés par requête : une seule partie « file »',
    noUsable: (f: string, n: number) => `${f} : aucun profil d’abonné utilisable (${n} ligne(s) lue(s), toutes écartées)`,
    unreadable: 'le fichier n’est pas un échantillon d’abonnés',
    needPlatform: 'un audit enregistré d’un échantillon CSV demande platform (la plateforme des abonnés : x, bluesky, mastodon…)',
    noSample: (k: string, p?: string) => `aucun échantillon d’abonnés enregistré pour « ${k} »${p ? ` sur ${p}` : ''} ; enregistrez-en un en auditant un fichier avec candidate=${k}`,
  },
};

const platformParam = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9.-]{0,39}$/, 'expected a platform name such as x, bluesky, mastodon');
const followersParam = z.coerce.number().int().min(1).describe('the candidate’s follower count on the platform (default: the latest the field knows)');
const suspectsParam = z.coerce.number().int().min(1).max(1000).default(AUDIT_DEFAULTS.suspects).describe('followers to list with their reasons');

const uploadQuery = z.object({
  candidate: z.string().min(1).optional().describe('store the audit as this candidate’s audience (key)'),
  platform: platformParam.optional().describe('platform of the followers (JSON samples say it themselves)'),
  followers: followersParam.optional(),
  observed: z.iso.date().optional().describe('when the profiles were collected, for account ages (default: today)'),
  suspects: suspectsParam,
});

const auditRecordSchema = z
  .object({
    id: z.number().int(),
    candidateKey: z.string(),
    platform: z.string(),
    observedOn: z.string(),
    followers: z.number(),
    sampleSize: z.number().int(),
    usable: z.number().int(),
    flagged: z.number().int(),
    fakeShare: z.number(),
    interval: z.tuple([z.number(), z.number()]),
    level: z.number(),
    modelVersion: z.string(),
    sampleSha256: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'AudienceAudit' });

export const audienceAuditResultSchema = z
  .object({
    sampleSize: z.number().int(),
    usable: z.number().int(),
    leftOut: z.number().int(),
    fakeShare: z.number(),
    interval: z.tuple([z.number(), z.number()]),
    problems: z.array(z.object({ line: z.number().int(), column: z.string().nullable(), message: z.string() })).describe('the first 100 rows left out'),
    problemCount: z.number().int(),
    stored: z.object({ candidate: z.string(), platform: z.string(), followers: z.number(), realAudience: z.number(), auditId: z.number().int() }).nullable(),
    warnings: z.array(z.string()),
  })
  .catchall(z.unknown())
  .meta({ id: 'AudienceAuditResult', description: 'the JSON of `eclaireur audience audit FILE --json`, with problemCount and warnings' });

const modelSchema = z
  .object({
    version: z.string(),
    trainedAt: z.string(),
    data: z.object({ file: z.string(), sha256: z.string(), rows: z.number().int(), positives: z.number().int() }).describe('the labelled data it was trained on, by fingerprint'),
    params: z.record(z.string(), z.unknown()),
    threshold: z.number(),
    evaluation: z.object({
      folds: z.number().int(),
      seed: z.number().int(),
      rows: z.array(z.record(z.string(), z.unknown())).describe('cross-validated: the model and the paper’s single rules'),
      reliability: z.array(z.record(z.string(), z.unknown())),
    }),
    paper: z.array(z.record(z.string(), z.unknown())).describe('the published figures (Cresci et al. 2015)'),
  })
  .meta({ id: 'AudienceModel' });

/** The problems of a sample as problem items: the file as uploaded, line, column. */
function sampleItems(file: string, problems: readonly SampleProblem[]): ProblemItem[] {
  return problems.map((p) => ({ in: 'file' as const, file, line: p.line, column: p.column, detail: p.message }));
}

/** An audit that cannot be stored, as a problem. */
function storeProblem(e: unknown, where: 'querystring' | 'body'): unknown {
  if (!(e instanceof AuditStoreError)) return e;
  if (e.code === 'no-candidate') return new ProblemError('not-found', e.message, [{ in: where, field: 'candidate', detail: e.message }]);
  return new ProblemError('no-data', e.message, [{ in: where, field: 'followers', pointer: '/followers', detail: e.message }]);
}

const routes: ApiRoutes = async (app) => {
  let model: ModelFile | null = null;
  const loadModel = (): ModelFile => (model ??= readModelFile(DEFAULT_MODEL_FILE));

  async function requireCandidate(store: Store, fieldId: number, key: string, lang: Lang, where: 'querystring' | 'params'): Promise<void> {
    if ((await store.evidenceOf(fieldId, key)).candidate === null) {
      const detail = httpMessages(lang).noCandidate(key);
      throw new ProblemError('not-found', detail, [{ in: where, field: where === 'params' ? 'key' : 'candidate', pointer: where === 'params' ? '/key' : '/candidate', detail }]);
    }
  }

  app.post(
    '/api/fields/:fieldId/audience/audits',
    {
      config: {
        openapiBody: {
          consumes: ['multipart/form-data'],
          schema: {
            type: 'object',
            properties: { file: { type: 'string', format: 'binary', description: 'a follower sample: .csv, .tsv, .txt (Twitter/Cresci or neutral columns), .json (Bluesky, Mastodon), .jsonl' } },
            required: ['file'],
          },
        },
      },
      schema: {
        tags: ['audience'],
        summary: 'Upload a follower sample (streamed to disk) and audit it as a job; with candidate, stored as the candidate’s audience',
        params: fieldParams,
        querystring: uploadQuery,
        response: { 202: jobSchema, 400: problemSchema, 404: problemSchema, 413: problemSchema, 415: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const lang = app.eclaireur.langOf(req);
      const L = M[lang];
      const q = req.query;
      const { store } = app.eclaireur;
      if (q.candidate !== undefined) await requireCandidate(store, field.id, q.candidate, lang, 'querystring');
      const { dir, files } = await receiveUploads(app, req, { prefix: 'eclaireur-audience-', accepts: hasExtension(EXTENSIONS), badExtension: L.badExtension, oneFile: L.oneFile, defaultName: 'sample.csv' });
      const [file] = files;
      if (q.candidate !== undefined && q.platform === undefined && !JSON_EXTENSIONS.has(extname(file.name).toLowerCase())) {
        await rm(dir, { recursive: true, force: true });
        throw new ProblemError('validation', L.needPlatform, [{ in: 'querystring', field: 'platform', pointer: '/platform', detail: L.needPlatform }]);
      }
      const job = app.eclaireur.jobs.submit({
        kind: 'audience-audit',
        lang,
        ...(q.candidate !== undefined ? { lane: 'write' } : {}),
        run: async (ctx) => {
          ctx.progress('read', 0, 1, 'files');
          let sample;
          try {
            sample = await readProfileSample(file.path, { observedDay: q.observed !== undefined ? parseDay(q.observed) : Math.floor(Date.now() / 86_400_000), lang });
          } catch (e) {
            if (!(e instanceof SampleFileError)) throw e;
            const detail = e.message.split(file.path).join(file.name);
            throw new ProblemError('import-problems', detail, [{ in: 'file', file: file.name, line: 0, column: null, detail }]);
          }
          if (sample.usable === 0) throw new ProblemError('import-problems', L.noUsable(file.name, sample.rows), sampleItems(file.name, sample.problems));
          ctx.progress('audit', 1, 1, 'files');
          const mdl = loadModel();
          const result = auditSample(mdl, sample.X, sample.usable, sample.lines, sample.rows, { ...AUDIT_DEFAULTS, suspects: q.suspects });
          const info = { file: file.name, sha256: sample.sha256, platform: sample.platform, observedOn: observedOn(sample.P), problems: sample.problems };
          const warnings: string[] = [];
          let stored: AuditOutcome['stored'] = null;
          if (q.candidate !== undefined) {
            const platform = q.platform ?? samplePlatform(sample);
            if (platform === undefined) throw new ProblemError('validation', L.needPlatform, [{ in: 'querystring', field: 'platform', pointer: '/platform', detail: L.needPlatform }]);
            try {
              stored = await storeAudit(store, field.id, q.candidate, platform, q.followers ?? null, result, mdl.version, info, newSample(q.candidate, platform, file.name, sample), { lang, warn: (w) => warnings.push(w) });
            } catch (e) {
              throw storeProblem(e, 'querystring');
            }
          }
          const outcome: AuditOutcome = { result, platform: stored?.platform ?? null, followers: stored?.followers ?? q.followers ?? null, sample: info, stored };
          return { ...auditJson(outcome, mdl.version), problemCount: sample.problemCount, warnings };
        },
        cleanup: () => rm(dir, { recursive: true, force: true }),
      });
      return reply.status(202).header('location', `/api/jobs/${job.id}`).send(job);
    },
  );

  app.get(
    '/api/fields/:fieldId/audience/audits',
    {
      schema: {
        tags: ['audience'],
        summary: 'The stored audience audits, oldest first (eclaireur audience audits)',
        params: fieldParams,
        querystring: pageQuery.extend({ candidate: z.string().min(1).optional().describe('only this candidate’s (key)') }),
        response: { 200: pageOf(auditRecordSchema), 400: problemSchema, 404: problemSchema },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const audits = await listAudits(app.eclaireur.store.db, field.id, req.query.candidate);
      return slicePage(
        audits.map(({ detail: _d, ...a }) => a),
        req.query,
      );
    },
  );

  app.post(
    '/api/fields/:fieldId/audience/candidates/:key/audits',
    {
      schema: {
        tags: ['audience'],
        summary: 'Audit the candidate’s latest stored sample on each platform again, as a job (e.g. with a newer model); stored',
        params: fieldParams.extend({ key: z.string().min(1).describe('the candidate’s key') }),
        body: z
          .object({
            platform: platformParam.optional().describe('only the sample of this platform'),
            followers: followersParam.optional(),
            suspects: suspectsParam,
          })
          .default({ suspects: AUDIT_DEFAULTS.suspects }),
        response: { 202: jobSchema, 400: problemSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const lang = app.eclaireur.langOf(req);
      const { key } = req.params;
      const b = req.body ?? { suspects: AUDIT_DEFAULTS.suspects };
      const { store } = app.eclaireur;
      await requireCandidate(store, field.id, key, lang, 'params');
      const samples = await latestSamples(store.db, field.id, key, b.platform);
      if (samples.length === 0) {
        const detail = M[lang].noSample(key, b.platform);
        throw new ProblemError('no-data', detail, [b.platform ? { in: 'body', field: 'platform', pointer: '/platform', detail } : { in: 'params', field: 'key', pointer: '/key', detail }]);
      }
      const job = app.eclaireur.jobs.submit({
        kind: 'audience-reaudit',
        lang,
        lane: 'write',
        run: async (ctx) => {
          const mdl = loadModel();
          const audits = [];
          const warnings: string[] = [];
          for (const [i, smp] of samples.entries()) {
            ctx.progress('audit', i, samples.length, 'samples');
            const X = featuresOfRows(smp.P, smp.usable);
            const result = auditSample(mdl, X, smp.usable, smp.lines, smp.rowsRead, { ...AUDIT_DEFAULTS, suspects: b.suspects });
            const sample = { file: smp.file, sha256: smp.sha256, platform: smp.platform, observedOn: smp.observedOn ?? observedOn(smp.P), problems: [] };
            let stored;
            try {
              stored = await storeAudit(store, field.id, key, smp.platform, b.followers ?? null, result, mdl.version, sample, null, { lang, warn: (w) => warnings.push(w) });
            } catch (e) {
              throw storeProblem(e, 'body');
            }
            audits.push(auditJson({ result, platform: smp.platform, followers: stored.followers, sample, stored }, mdl.version));
          }
          ctx.progress('audit', samples.length, samples.length, 'samples');
          return { audits, warnings };
        },
      });
      return reply.status(202).header('location', `/api/jobs/${job.id}`).send(job);
    },
  );

  app.get(
    '/api/audience/model',
    {
      schema: {
        tags: ['audience'],
        summary: 'The fake-follower model: version, the training data’s fingerprint, its cross-validated evaluation beside the paper’s figures',
        querystring: z.strictObject({}).describe('no parameters'),
        response: { 200: modelSchema, 400: problemSchema },
      },
    },
    async () => {
      const mdl = loadModel();
      const ev = mdl.evaluation;
      return {
        version: mdl.version,
        trainedAt: mdl.trainedAt,
        data: mdl.data,
        params: { ...mdl.params },
        threshold: mdl.threshold,
        evaluation: {
          folds: ev.folds,
          seed: ev.seed,
          rows: ev.results.map((r) => ({ model: r.model, accuracy: r.accuracy, precision: r.precision, recall: r.recall, f1: r.f1, mcc: r.mcc, auc: Number.isFinite(r.auc) ? r.auc : null, brier: r.brier, confusion: r.confusion })),
          reliability: ev.reliability.map((x) => ({ ...x })),
        },
        paper: PAPER_ROWS.map((r) => ({ ...r })),
      };
    },
  );
};

export default routes;
