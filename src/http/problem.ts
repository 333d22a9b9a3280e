/**
 * Errors as problem details (RFC 9457, "Problem Details for HTTP APIs"): every failure of the
 * API answers `application/problem+json` with `type` (a URI naming the kind of problem),
 * `title` (the kind, in words), `status`, `detail` (this occurrence), `instance` (the request's
 * path, or the job's) and, where something precise was wrong, an `errors` array naming it: the
 * request field (`in` + `field`, and a JSON `pointer`), or the file, line and column of an
 * import.
 */
import { z } from 'zod';
import type { InputProblem, Lang } from '../core/domain.js';
import { httpMessages } from './messages.js';

export const PROBLEM_KINDS = ['validation', 'not-found', 'import-problems', 'unsupported-file', 'payload-too-large', 'bad-request', 'no-data', 'conflict', 'not-available', 'internal'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** The `type` URI of each kind (a URN: stable, and not pretending to be a page). */
export const problemType = (kind: ProblemKind): string => `urn:eclaireur:problem:${kind}`;

export const problemItemSchema = z
  .object({
    in: z.enum(['body', 'querystring', 'params', 'headers', 'file']).optional().describe('where the wrong value was: a part of the request, or an uploaded file'),
    field: z.string().optional().describe('the request field, dotted (weights.publishing), or the file column'),
    pointer: z.string().optional().describe('JSON pointer (RFC 6901) to the value in the request part'),
    file: z.string().optional(),
    line: z.number().int().optional().describe('1-based line of the file (0: the whole file)'),
    column: z.string().nullable().optional().describe('the column as written in the file, null for a whole row'),
    code: z.string().optional().describe('machine-readable reason (zod issue code for validation)'),
    detail: z.string(),
  })
  .meta({ id: 'ProblemItem' });

export const problemSchema = z
  .object({
    type: z.string().describe('URI of the kind of problem: urn:eclaireur:problem:<kind>'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(problemItemSchema).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export type ProblemItem = z.infer<typeof problemItemSchema>;
export type Problem = z.infer<typeof problemSchema>;

const STATUS: Record<ProblemKind, number> = {
  validation: 400,
  'bad-request': 400,
  'not-found': 404,
  conflict: 409,
  'not-available': 501,
  'payload-too-large': 413,
  'unsupported-file': 415,
  'import-problems': 422,
  'no-data': 422,
  internal: 500,
};

/** A failure the API answers as a problem; `detail` is in the request's language. */
export class ProblemError extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly errors?: ProblemItem[],
    readonly status: number = STATUS[kind],
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  toProblem(lang: Lang, instance: string): Problem {
    return makeProblem(this.kind, lang, this.detail, instance, this.errors, this.status);
  }
}

export function makeProblem(kind: ProblemKind, lang: Lang, detail: string, instance: string, errors?: ProblemItem[], status = STATUS[kind]): Problem {
  return { type: problemType(kind), title: httpMessages(lang).titles[kind], status, detail, instance, ...(errors && errors.length > 0 ? { errors } : {}) };
}

/** An import's problems as problem items: file (as uploaded), line, column, message. */
export function importProblemItems(problems: readonly InputProblem[], fileName: (path: string) => string = (p) => p): ProblemItem[] {
  return problems.map((p) => ({ in: 'file' as const, file: fileName(p.file), line: p.line, column: p.column, detail: p.message }));
}

/** `a.b.0.c` → `/a/b/0/c` (RFC 6901: ~ and / escaped). */
export function pointerOf(path: readonly PropertyKey[]): string {
  return path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
