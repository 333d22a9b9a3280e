/**
 * The model file of the fake-follower detector: a JSON document with the forest's nodes as
 * base64 typed arrays (exact: the loaded model predicts bit for bit what the trained one did),
 * the calibration, the cross-validated error counts the audit uses, the evaluation, and the
 * fingerprint of the data it was trained on. The repository ships one
 * (`models/audience-forest.json`, made by `eclaireur audience train`).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AuditModel } from '../../core/audience/audit.js';
import type { Evaluation } from '../../core/audience/evaluate.js';
import type { Forest, ForestParams } from '../../core/audience/forest.js';
import { featureNames } from '../../core/audience/forest-model.js';
import type { Calibration } from '../../core/audience/isotonic.js';

export const MODEL_FORMAT = 'eclaireur-audience-model/1';

/** The shipped model: `models/audience-forest.json` at the package root (from src/ or dist/). */
export const DEFAULT_MODEL_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../models/audience-forest.json');

export interface ModelData {
  file: string;
  sha256: string;
  rows: number;
  positives: number;
}

export interface ModelFile extends AuditModel {
  /** `rf-` and the first 12 hex digits of the SHA-256 of the forest's arrays. */
  version: string;
  params: ForestParams;
  data: ModelData;
  evaluation: Evaluation;
  trainedAt: string;
}

const b64 = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function typed<T>(s: string, make: (buf: ArrayBuffer) => T): T {
  const b = Buffer.from(s, 'base64');
  const copy = new ArrayBuffer(b.byteLength);
  new Uint8Array(copy).set(b);
  return make(copy);
}

/** The version of a forest: a digest of its arrays. */
export function forestVersion(f: Forest): string {
  const h = createHash('sha256');
  for (const a of [f.roots, f.feature, f.threshold, f.missingLeft, f.left, f.right, f.value]) h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return `rf-${h.digest('hex').slice(0, 12)}`;
}

export function writeModelFile(path: string, m: Omit<ModelFile, 'version'>): string {
  const version = forestVersion(m.forest);
  const f = m.forest;
  const doc = {
    format: MODEL_FORMAT,
    model: 'random-forest',
    version,
    trainedAt: m.trainedAt,
    features: featureNames(),
    params: m.params,
    data: m.data,
    threshold: m.threshold,
    errors: m.errors,
    evaluation: {
      ...m.evaluation,
      results: m.evaluation.results.map((r) => ({ ...r, auc: Number.isFinite(r.auc) ? r.auc : null })),
    },
    calibration: m.calibration,
    forest: {
      features: f.features,
      nodes: f.value.length,
      roots: b64(f.roots),
      feature: b64(Int8Array.from(f.feature)),
      threshold: b64(f.threshold),
      missingLeft: b64(f.missingLeft),
      left: b64(f.left),
      value: b64(f.value),
    },
  };
  writeFileSync(path, `${JSON.stringify(doc, null, 1)}\n`);
  return version;
}

const confusionSchema = z.object({ tp: z.number().int().nonnegative(), fn: z.number().int().nonnegative(), tn: z.number().int().nonnegative(), fp: z.number().int().nonnegative() });

const fileSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.string(),
  trainedAt: z.string(),
  features: z.array(z.string()),
  params: z.object({ trees: z.number(), mtry: z.number().nullable(), minLeaf: z.number(), maxDepth: z.number(), seed: z.number() }),
  data: z.object({ file: z.string(), sha256: z.string(), rows: z.number(), positives: z.number() }),
  threshold: z.number().min(0).max(1),
  errors: confusionSchema,
  evaluation: z.object({
    folds: z.number(),
    seed: z.number(),
    rows: z.number(),
    positives: z.number(),
    results: z.array(z.object({ model: z.string(), accuracy: z.number(), precision: z.number(), recall: z.number(), f1: z.number(), mcc: z.number(), auc: z.number().nullable(), brier: z.number(), confusion: confusionSchema })),
    reliability: z.array(z.object({ from: z.number(), to: z.number(), count: z.number(), predicted: z.number(), observed: z.number() })),
  }),
  calibration: z.object({ x: z.array(z.number()).min(1), y: z.array(z.number()).min(1) }),
  forest: z.object({ features: z.number().int(), nodes: z.number().int().positive(), roots: z.string(), feature: z.string(), threshold: z.string(), missingLeft: z.string(), left: z.string(), value: z.string() }),
});

export class ModelFileError extends Error {}

/** Reads and checks a model file; errors name the file and the field. */
export function readModelFile(path: string): ModelFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ModelFileError(`${path}: cannot read the model: ${(e as Error).message}`);
  }
  const r = fileSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new ModelFileError(`${path}: not an Éclaireur audience model: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  const d = r.data;
  const names = featureNames();
  if (d.features.join(',') !== names.join(',')) throw new ModelFileError(`${path}: the model reads features [${d.features.join(', ')}], this version computes [${names.join(', ')}]; retrain it with \`eclaireur audience train\``);
  const n = d.forest.nodes;
  const feature = Int32Array.from(typed(d.forest.feature, (b) => new Int8Array(b)));
  const left = typed(d.forest.left, (b) => new Int32Array(b));
  const right = new Int32Array(n);
  for (let i = 0; i < n; i++) right[i] = left[i] < 0 ? -1 : left[i] + 1;
  const forest: Forest = {
    features: d.forest.features,
    roots: typed(d.forest.roots, (b) => new Int32Array(b)),
    feature,
    threshold: typed(d.forest.threshold, (b) => new Float64Array(b)),
    missingLeft: typed(d.forest.missingLeft, (b) => new Uint8Array(b)),
    left,
    right,
    value: typed(d.forest.value, (b) => new Float64Array(b)),
  };
  for (const [k, a] of Object.entries({ feature, threshold: forest.threshold, missingLeft: forest.missingLeft, left, value: forest.value })) {
    if (a.length !== n) throw new ModelFileError(`${path}: forest.${k} has ${a.length} entries, expected ${n}`);
  }
  if (forestVersion(forest) !== d.version) throw new ModelFileError(`${path}: the forest does not match its version ${d.version} (the file was altered)`);
  const calibration: Calibration = d.calibration;
  return {
    version: d.version,
    params: d.params,
    data: d.data,
    threshold: d.threshold,
    errors: d.errors,
    evaluation: { ...d.evaluation, results: d.evaluation.results.map((x) => ({ ...x, auc: x.auc ?? NaN })) },
    calibration,
    forest,
    trainedAt: d.trainedAt,
  };
}
