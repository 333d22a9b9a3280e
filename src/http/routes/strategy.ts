/**
 * The field's thought-leadership strategy (issue 6, docs/strategy.md), over the same store and
 * code as `eclaireur strategy …`:
 *
 * - `GET …/strategy` (the latest cycle, or `?cycle=N`) and `PUT …/strategy` (replace the current
 *   cycle's strategy, or create cycle 1; the body is checked by the strategy file's zod schema,
 *   each problem with the JSON pointer of its field);
 * - `GET …/strategy/check` (the checker's findings: `strategy check --json`);
 * - `GET …/strategy/cycles`, `POST …/strategy/cycles` (a new cycle from a copy of the current
 *   one), `PUT …/strategy/cycles/:cycle/phase`, `GET …/strategy/compare?a=&b=`;
 * - `GET …/strategy/calendar` (dated items and slot occurrences in a range, and the backlog),
 *   `…/calendar.ics` and `…/calendar.csv` (the exports of `strategy calendar --ics/--csv`);
 * - `GET …/strategy/report?format=html|md|pdf` (`strategy report`; a PDF needs Chromium, else
 *   a 501 problem saying so).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Field, Lang } from '../../core/domain.js';
import { AnswersError, assessMaturity, validateAnswers } from '../../core/maturity/index.js';
import { backlog, calendar } from '../../core/strategy/calendar.js';
import { checkStrategy } from '../../core/strategy/check.js';
import { compareCycles } from '../../core/strategy/compare.js';
import { CYCLE_PHASES, type CyclePhase, type StrategyCycle } from '../../core/strategy/model.js';
import { findChromium, printPdf, renderStrategyHtml, renderStrategyMarkdown, type StrategyReportInput } from '../../adapters/report/strategy/index.js';
import { latestAssessment } from '../../adapters/storage/maturity-store.js';
import { strategyStore } from '../../adapters/storage/strategy-store.js';
import { calendarToCsv, CSV_LAYOUTS } from '../../adapters/strategy/csv.js';
import { calendarToIcs } from '../../adapters/strategy/ics.js';
import { StrategySchema } from '../../adapters/strategy/schema.js';
import { influencerStandings } from '../../adapters/strategy/standings.js';
import { cachedEntries } from '../runs.js';
import type { ApiRoutes } from '../server.js';
import { fieldParams, requireField } from '../field.js';
import { pageOf, pageQuery, slicePage } from '../pagination.js';
import { ProblemError, problemSchema } from '../problem.js';

const M = {
  en: {
    noStrategy: 'the field has no strategy yet: PUT /api/fields/:fieldId/strategy (or eclaireur strategy import FILE.yaml)',
    noCycle: (n: number) => `no cycle ${n} in this field's strategy (GET …/strategy/cycles lists them)`,
    noChromium: 'a PDF is printed by headless Chromium, which this server does not have (Debian’s chromium package, or ECLAIREUR_CHROMIUM); ask for format=html or md',
    badRange: 'from is after to',
  },
  fr: {
    noStrategy: 'le milieu n’a pas encore de stratégie : PUT /api/fields/:fieldId/strategy (ou eclaireur strategy import FICHIER.yaml)',
    noCycle: (n: number) => `aucun cycle ${n} dans la stratégie de ce milieu (GET …/strategy/cycles les énumère)`,
    noChromium: 'un PDF est imprimé par Chromium sans interface, que ce serveur n’a pas (paquet Debian chromium, ou ECLAIREUR_CHROMIUM) ; demandez format=html ou md',
    badRange: 'from est après to',
  },
};

const PHASES = Object.keys(CYCLE_PHASES) as [CyclePhase, ...CyclePhase[]];
export const cycleNumber = z.coerce.number().int().min(1).max(999_999_999);
const cycleQuery = z.object({ cycle: cycleNumber.optional().describe('cycle number (default: the current, last one)') });
const rangeQuery = cycleQuery.extend({
  from: z.iso.date().optional().describe('first day (default: the plan’s first date)'),
  to: z.iso.date().optional().describe('last day (default: the plan’s last date)'),
});

const cycleSummarySchema = z
  .object({ number: z.number().int(), phase: z.enum(PHASES), startedOn: z.string(), notes: z.string().nullable(), name: z.string().describe('the strategy’s name in that cycle') })
  .meta({ id: 'StrategyCycleSummary' });
const strategyDocSchema = z
  .object({ cycle: z.object({ number: z.number().int(), phase: z.enum(PHASES), startedOn: z.string(), notes: z.string().nullable() }), strategy: z.record(z.string(), z.unknown()).describe('the strategy as its file holds it (docs/strategy.md)') })
  .meta({ id: 'StrategyDocument' });
const findingSchema = z
  .object({ rule: z.string(), severity: z.enum(['error', 'warning', 'info']), message: z.string(), where: z.string().describe('path in the strategy, e.g. vision.objectives[2].kpis') })
  .meta({ id: 'StrategyFinding' });
const entrySchema = z
  .object({
    date: z.string(),
    time: z.string().nullable(),
    title: z.unknown().describe('text: a string, or {fr, en}'),
    channel: z.string().nullable(),
    form: z.string().nullable(),
    owner: z.string().nullable(),
    status: z.string().describe('the item’s status, or slot for an unfilled slot'),
    item: z.string().nullable(),
    slot: z.string().nullable(),
    effortHours: z.number().nullable(),
  })
  .meta({ id: 'CalendarEntry' });

export async function cycleOf(app: FastifyInstance, req: FastifyRequest, field: Field, n: number | undefined): Promise<StrategyCycle> {
  const ss = strategyStore(app.eclaireur.store.db);
  const c = await ss.getCycle(field.id, n);
  if (c) return c;
  const m = M[app.eclaireur.langOf(req)];
  if (n !== undefined && (await ss.cycles(field.id)).length > 0) throw new ProblemError('not-found', m.noCycle(n), [{ in: 'querystring', field: 'cycle', pointer: '/cycle', detail: m.noCycle(n) }]);
  throw new ProblemError('not-found', m.noStrategy);
}

const routes: ApiRoutes = async (app) => {
  const params = fieldParams;
  app.get(
    '/api/fields/:fieldId/strategy',
    { schema: { tags: ['strategy'], summary: 'The field’s strategy: the current cycle’s, or ?cycle=N', params, querystring: cycleQuery, response: { 200: strategyDocSchema, 400: problemSchema, 404: problemSchema } } },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const { strategy, ...cycle } = await cycleOf(app, req, field, req.query.cycle);
      return { cycle, strategy: strategy as unknown as Record<string, unknown> };
    },
  );

  app.put(
    '/api/fields/:fieldId/strategy',
    {
      schema: {
        tags: ['strategy'],
        summary: 'Replace the current cycle’s strategy (cycle 1 when there is none); checked by the strategy file’s schema, in one transaction',
        params,
        body: StrategySchema,
        response: { 200: z.object({ cycle: z.number().int(), created: z.boolean().describe('true: cycle 1 was created') }), 400: problemSchema, 404: problemSchema },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      return strategyStore(app.eclaireur.store.db).saveStrategy(field.id, req.body, { startedOn: new Date().toISOString().slice(0, 10) });
    },
  );

  app.get(
    '/api/fields/:fieldId/strategy/check',
    {
      schema: {
        tags: ['strategy'],
        summary: 'The checker’s findings (eclaireur strategy check --json)',
        params,
        querystring: cycleQuery.extend({ lang: z.enum(['fr', 'en']).optional().describe('language of the messages (default: Accept-Language)') }),
        response: { 200: z.object({ findings: z.array(findingSchema), influencersChecked: z.boolean().describe('false: the field has no candidates to check the influencers against') }), 400: problemSchema, 404: problemSchema },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const c = await cycleOf(app, req, field, req.query.cycle);
      const influencers = await influencerStandings(app.eclaireur.store, field.id, c.strategy, cachedEntries(app, field.id));
      return { findings: checkStrategy(c.strategy, { lang: req.query.lang ?? app.eclaireur.langOf(req), influencers }), influencersChecked: influencers !== null };
    },
  );

  app.get(
    '/api/fields/:fieldId/strategy/cycles',
    { schema: { tags: ['strategy'], summary: 'The kept cycles of the strategy, first to last', params, querystring: pageQuery, response: { 200: pageOf(cycleSummarySchema), 404: problemSchema } } },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      return slicePage(await strategyStore(app.eclaireur.store.db).cycles(field.id), req.query);
    },
  );

  app.post(
    '/api/fields/:fieldId/strategy/cycles',
    {
      schema: {
        tags: ['strategy'],
        summary: 'Start a new cycle from a copy of the current one (earlier cycles kept as they are)',
        params,
        body: z
          .object({
            phase: z.enum(PHASES).default('plan'),
            startedOn: z.iso.date().optional().describe('default: today'),
            notes: z.string().nullable().optional().describe('why this cycle'),
          })
          .default({ phase: 'plan' }),
        response: { 201: cycleSummarySchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const ss = strategyStore(app.eclaireur.store.db);
      if ((await ss.cycles(field.id)).length === 0) throw new ProblemError('not-found', M[app.eclaireur.langOf(req)].noStrategy);
      const b = req.body ?? { phase: 'plan' };
      const c = await ss.newCycle(field.id, { startedOn: b.startedOn ?? new Date().toISOString().slice(0, 10), phase: b.phase, notes: b.notes ?? null });
      return reply
        .status(201)
        .header('location', `/api/fields/${field.id}/strategy?cycle=${c.number}`)
        .send({ number: c.number, phase: c.phase, startedOn: c.startedOn, notes: c.notes, name: c.strategy.name });
    },
  );

  app.put(
    '/api/fields/:fieldId/strategy/cycles/:cycle/phase',
    {
      schema: {
        tags: ['strategy'],
        summary: 'Move a cycle to a phase: plan, act, measure, evaluate, improve',
        params: params.extend({ cycle: cycleNumber }),
        body: z.object({ phase: z.enum(PHASES) }),
        response: { 200: cycleSummarySchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const n = req.params.cycle;
      const ss = strategyStore(app.eclaireur.store.db);
      if (!(await ss.setPhase(field.id, n, req.body.phase))) {
        const m = M[app.eclaireur.langOf(req)];
        throw new ProblemError('not-found', m.noCycle(n), [{ in: 'params', field: 'cycle', pointer: '/cycle', detail: m.noCycle(n) }]);
      }
      return (await ss.cycles(field.id)).find((c) => c.number === n)!;
    },
  );

  app.get(
    '/api/fields/:fieldId/strategy/compare',
    {
      schema: {
        tags: ['strategy'],
        summary: 'What was added, removed and changed between two cycles, section by section (eclaireur strategy compare --json)',
        params,
        querystring: z.object({ a: cycleNumber.describe('earlier cycle'), b: cycleNumber.describe('later cycle') }),
        response: { 200: z.object({ from: z.number().int(), to: z.number().int(), sections: z.array(z.record(z.string(), z.unknown())), header: z.array(z.record(z.string(), z.unknown())) }).meta({ id: 'CycleComparison' }), 400: problemSchema, 404: problemSchema },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const named = async (n: number, key: 'a' | 'b') => {
        try {
          return await cycleOf(app, req, field, n);
        } catch (e) {
          if (e instanceof ProblemError && e.errors) throw new ProblemError(e.kind, e.detail, e.errors.map((x) => ({ ...x, field: key, pointer: `/${key}` })));
          throw e;
        }
      };
      return compareCycles(await named(req.query.a, 'a'), await named(req.query.b, 'b')) as never;
    },
  );

  /** The calendar's entries for a request, the range checked. */
  async function entriesOf(req: FastifyRequest, fieldId: number, { cycle, from, to }: z.infer<typeof rangeQuery>) {
    const field = await requireField(app, req, fieldId);
    if (from && to && from > to) {
      const m = M[app.eclaireur.langOf(req)];
      throw new ProblemError('validation', m.badRange, [{ in: 'querystring', field: 'to', pointer: '/to', detail: m.badRange }]);
    }
    const c = await cycleOf(app, req, field, cycle);
    return { field, c, entries: calendar(c.strategy, { from: from ?? null, to: to ?? null }) };
  }

  app.get(
    '/api/fields/:fieldId/strategy/calendar',
    {
      schema: {
        tags: ['strategy'],
        summary: 'The editorial calendar: dated items and recurring slots in a range, and the backlog (undated items by status)',
        params,
        querystring: rangeQuery,
        response: {
          200: z.object({
            cycle: z.number().int(),
            entries: z.array(entrySchema),
            backlog: z.array(z.object({ status: z.string(), items: z.array(z.record(z.string(), z.unknown())) })),
          }),
          400: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (req) => {
      const { c, entries } = await entriesOf(req, req.params.fieldId, req.query);
      return { cycle: c.number, entries, backlog: backlog(c.strategy) as never };
    },
  );

  app.get(
    '/api/fields/:fieldId/strategy/calendar.ics',
    {
      schema: {
        tags: ['strategy'],
        summary: 'The editorial calendar as iCalendar (eclaireur strategy calendar --ics)',
        params,
        querystring: rangeQuery.extend({ lang: z.enum(['fr', 'en']).optional() }),
        response: { 200: z.string().describe('text/calendar'), 400: problemSchema, 404: problemSchema },
      },
    },
    async (req, reply) => {
      const { c, entries } = await entriesOf(req, req.params.fieldId, req.query);
      const lang: Lang = req.query.lang ?? app.eclaireur.langOf(req);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="calendar-${c.number}.ics"`)
        .send(calendarToIcs(c.strategy, entries, { lang }));
    },
  );

  app.get(
    '/api/fields/:fieldId/strategy/calendar.csv',
    {
      schema: {
        tags: ['strategy'],
        summary: 'The editorial calendar as CSV: every column, or the Hootsuite bulk composer’s layout (eclaireur strategy calendar --csv)',
        params,
        querystring: rangeQuery.extend({ lang: z.enum(['fr', 'en']).optional(), layout: z.enum(CSV_LAYOUTS as ['full', 'hootsuite']).default('full') }),
        response: { 200: z.string().describe('text/csv'), 400: problemSchema, 404: problemSchema },
      },
    },
    async (req, reply) => {
      const { c, entries } = await entriesOf(req, req.params.fieldId, req.query);
      const lang: Lang = req.query.lang ?? app.eclaireur.langOf(req);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="calendar-${c.number}${req.query.layout === 'full' ? '' : `-${req.query.layout}`}.csv"`)
        .send(calendarToCsv(c.strategy, entries, { lang, layout: req.query.layout }));
    },
  );

  app.get(
    '/api/fields/:fieldId/strategy/report',
    {
      schema: {
        tags: ['strategy'],
        summary: 'The strategy document (eclaireur strategy report): HTML (self-contained), Markdown, or PDF when the server has Chromium',
        params,
        querystring: cycleQuery.extend({
          format: z.enum(['html', 'md', 'pdf']).default('html'),
          lang: z.enum(['fr', 'en']).optional().describe('default: Accept-Language'),
          asOf: z.iso.date().optional().describe('the date the report speaks as of (default: today)'),
          title: z.string().min(1).max(200).optional(),
        }),
        response: { 200: z.unknown().describe('the document'), 400: problemSchema, 404: problemSchema, 501: problemSchema },
      },
    },
    async (req, reply) => {
      const field = await requireField(app, req, req.params.fieldId);
      const q = req.query;
      const lang: Lang = q.lang ?? app.eclaireur.langOf(req);
      const chromium = q.format === 'pdf' ? findChromium() : null;
      if (q.format === 'pdf' && chromium === null) {
        const m = M[app.eclaireur.langOf(req)];
        throw new ProblemError('not-available', m.noChromium, [{ in: 'querystring', field: 'format', pointer: '/format', detail: m.noChromium }]);
      }
      const c = await cycleOf(app, req, field, q.cycle);
      const store = app.eclaireur.store;
      const influencers = (await influencerStandings(store, field.id, c.strategy, cachedEntries(app, field.id))) ?? new Map();
      const stored = await latestAssessment(store.db, field.id);
      let maturity: StrategyReportInput['maturity'] = null;
      if (stored) {
        try {
          maturity = { date: stored.date, assessment: assessMaturity(validateAnswers(stored.answers)) };
        } catch (e) {
          if (!(e instanceof AnswersError)) throw e;
        }
      }
      const input: StrategyReportInput = {
        lang,
        strategy: c.strategy,
        field: { topic: field.topic, region: field.region },
        cycle: { number: c.number, phase: c.phase, startedOn: c.startedOn },
        findings: checkStrategy(c.strategy, { lang, influencers }),
        maturity,
        influencers,
        asOf: q.asOf ?? new Date().toISOString().slice(0, 10),
        ...(q.title !== undefined ? { title: q.title } : {}),
      };
      const name = `strategy-${c.number}`;
      if (q.format === 'md') return reply.type('text/markdown; charset=utf-8').header('content-disposition', `attachment; filename="${name}.md"`).send(renderStrategyMarkdown(input));
      if (q.format === 'html') return reply.type('text/html; charset=utf-8').header('content-disposition', `inline; filename="${name}.html"`).send(renderStrategyHtml(input));
      const dir = await mkdtemp(join(app.eclaireur.uploadDir, 'eclaireur-report-'));
      try {
        const out = join(dir, `${name}.pdf`);
        await printPdf(renderStrategyHtml(input), out, chromium!);
        return reply.type('application/pdf').header('content-disposition', `attachment; filename="${name}.pdf"`).send(await readFile(out));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
};

export default routes;
