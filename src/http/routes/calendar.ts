/**
 * Moving one content item of the editorial calendar (the web app's calendar page, issue 7):
 * `PATCH /api/fields/:fieldId/strategy/items/:itemId` `{date, status?, expected?}` schedules,
 * reschedules or unschedules it in the current cycle's strategy, in one transaction — a move
 * never rewrites the rest of the strategy, so two people moving two items at the same time both
 * keep their move (a PUT of the whole strategy would let the later one undo the earlier).
 *
 * Planning stays apart from scheduling (the checker's rule `item-schedule`): a date makes an
 * idea or a backlog item `planned` (a ready or published item keeps its status); no date makes
 * a dated item `backlog` (an idea or backlog item keeps its status). A `status` given with the
 * move must agree with the date (idea and backlog: no date; planned, ready, published: a date),
 * else a 400 problem names it. `expected` (the date and status the caller saw) makes the move
 * conditional: when the item has been moved meanwhile, nothing is written and a 409 problem says
 * where it is now. The answer is the item as saved and the checker's findings after the move.
 */
import { z } from 'zod';
import type { Lang } from '../../core/domain.js';
import { movedStatus } from '../../core/strategy/calendar.js';
import { checkStrategy } from '../../core/strategy/check.js';
import { ITEM_STATUSES, UNDATED_STATUSES, type ContentItem, type ItemStatus, type Strategy } from '../../core/strategy/model.js';
import { StrategySchema } from '../../adapters/strategy/schema.js';
import { influencerStandings } from '../../adapters/strategy/standings.js';
import { cachedEntries } from '../runs.js';
import type { ApiRoutes } from '../server.js';
import { fieldParams, requireField } from '../field.js';
import { ProblemError, problemSchema } from '../problem.js';

const STATUSES = Object.keys(ITEM_STATUSES) as [ItemStatus, ...ItemStatus[]];

const M = {
  en: {
    noStrategy: 'the field has no strategy yet: PUT /api/fields/:fieldId/strategy (or eclaireur strategy import FILE.yaml)',
    noItem: (id: string) => `no content item "${id}" in the current cycle's strategy`,
    undated: (s: string) => `an item with the status "${s}" has no date (planning is apart from scheduling): give a date with planned, ready or published, or no date`,
    dated: (s: string) => `an item with the status "${s}" has a date: give one, or the status idea or backlog`,
    moved: (date: string | null, status: string) => `the item was changed meanwhile: it is now ${date === null ? 'undated' : `on ${date}`} (${status}); nothing was written`,
  },
  fr: {
    noStrategy: 'le milieu n’a pas encore de stratégie : PUT /api/fields/:fieldId/strategy (ou eclaireur strategy import FICHIER.yaml)',
    noItem: (id: string) => `aucun contenu « ${id} » dans la stratégie du cycle courant`,
    undated: (s: string) => `un contenu au statut « ${s} » n’a pas de date (la planification est distincte de la programmation) : donnez une date avec planned, ready ou published, ou aucune date`,
    dated: (s: string) => `un contenu au statut « ${s} » a une date : donnez-en une, ou le statut idea ou backlog`,
    moved: (date: string | null, status: string) => `le contenu a été modifié entre-temps : il est maintenant ${date === null ? 'sans date' : `au ${date}`} (${status}) ; rien n’a été écrit`,
  },
};

const itemParams = fieldParams.extend({ itemId: z.string().min(1).max(200).describe('the content item’s id (plan.items[].id)') });

const moveBody = z.object({
  date: z.iso.date().nullable().describe('the publication date (YYYY-MM-DD), or null to take the item back to the backlog'),
  status: z.enum(STATUSES).optional().describe('default: planned for an idea or backlog item given a date, backlog for a dated item given none, else unchanged'),
  expected: z
    .object({ date: z.iso.date().nullable(), status: z.enum(STATUSES) })
    .optional()
    .describe('the date and status the caller saw: when the item differs, nothing is written (409)'),
});

const findingSchema = z.object({ rule: z.string(), severity: z.enum(['error', 'warning', 'info']), message: z.string(), where: z.string() });

const routes: ApiRoutes = async (app) => {
  app.patch(
    '/api/fields/:fieldId/strategy/items/:itemId',
    {
      schema: {
        tags: ['strategy'],
        summary: 'Schedule, reschedule or unschedule one content item of the current cycle (the calendar’s drag and drop), in one transaction',
        params: itemParams,
        body: moveBody,
        response: {
          200: z.object({
            cycle: z.number().int(),
            item: z.record(z.string(), z.unknown()).describe('the content item as saved'),
            findings: z.array(findingSchema).describe('the checker’s findings after the move (Accept-Language)'),
          }),
          400: problemSchema,
          404: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (req) => {
      const field = await requireField(app, req, req.params.fieldId);
      const lang: Lang = app.eclaireur.langOf(req);
      const m = M[lang];
      const { itemId } = req.params;
      const { date, status, expected } = req.body;
      if (status !== undefined) {
        const undated = UNDATED_STATUSES.includes(status);
        if (undated && date !== null) throw new ProblemError('validation', m.undated(status), [{ in: 'body', field: 'date', pointer: '/date', detail: m.undated(status) }]);
        if (!undated && date === null) throw new ProblemError('validation', m.dated(status), [{ in: 'body', field: 'date', pointer: '/date', detail: m.dated(status) }]);
      }
      const store = app.eclaireur.store;
      const saved = await store.db.transaction().execute(async (trx) => {
        const sid = await trx.selectFrom('strategies').select('id').where('field_id', '=', field.id).executeTakeFirst();
        let q = trx.selectFrom('strategy_cycles').select(['id', 'number', 'body']).where('strategy_id', '=', sid?.id ?? -1).orderBy('number', 'desc').limit(1);
        // PostgreSQL: the row is locked until the end of the transaction, so a concurrent move
        // of another item waits and then reads this one's result. SQLite has one writer anyway.
        if (store.dialect === 'postgres') q = q.forUpdate();
        const row = await q.executeTakeFirst();
        if (!row) throw new ProblemError('not-found', m.noStrategy);
        const strategy: Strategy = StrategySchema.parse(JSON.parse(row.body));
        const at = strategy.plan.items.findIndex((i) => i.id === itemId);
        if (at < 0) throw new ProblemError('not-found', m.noItem(itemId), [{ in: 'params', field: 'itemId', pointer: '/itemId', detail: m.noItem(itemId) }]);
        const before = strategy.plan.items[at];
        if (expected && (expected.date !== before.date || expected.status !== before.status)) {
          throw new ProblemError('conflict', m.moved(before.date, before.status), [{ in: 'body', field: 'expected', pointer: '/expected', detail: m.moved(before.date, before.status) }]);
        }
        const item: ContentItem = { ...before, date, status: movedStatus(before.status, date, status) };
        strategy.plan.items[at] = item;
        const body = JSON.stringify(StrategySchema.parse(strategy));
        await trx.updateTable('strategy_cycles').set({ body }).where('id', '=', row.id).execute();
        return { cycle: Number(row.number), strategy, item };
      });
      const influencers = await influencerStandings(store, field.id, saved.strategy, cachedEntries(app, field.id));
      return { cycle: saved.cycle, item: saved.item as unknown as Record<string, unknown>, findings: checkStrategy(saved.strategy, { lang, influencers }) };
    },
  );
};

export default routes;
