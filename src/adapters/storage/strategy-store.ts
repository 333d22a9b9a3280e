/**
 * The field's strategy in the store (issue 6; tables of migration 0005): one strategy per
 * field, kept in numbered cycles. Importing a strategy file replaces the current (last) cycle's
 * strategy, or starts cycle 1, in one transaction; a new cycle starts from a copy of the last
 * one, so every earlier cycle stays as it was and two cycles can be compared.
 */
import type { Kysely } from 'kysely';
import type { CyclePhase, Strategy, StrategyCycle } from '../../core/strategy/model.js';
import { CyclePhaseSchema, StrategySchema } from '../strategy/schema.js';
import type { Database } from './schema.js';

export interface CycleSummary {
  number: number;
  phase: CyclePhase;
  startedOn: string;
  notes: string | null;
  /** The strategy's name in that cycle. */
  name: string;
}

export interface StrategyStore {
  /** Every cycle of the field's strategy, first to last (empty: no strategy yet). */
  cycles(fieldId: number): Promise<CycleSummary[]>;
  /** A cycle by number, or the last when `number` is omitted; null when there is none. */
  getCycle(fieldId: number, number?: number): Promise<StrategyCycle | null>;
  /**
   * Stores a strategy as the current cycle's (replacing it), or as cycle 1 when the field has
   * none; one transaction. Returns the cycle's number and whether it was created.
   */
  saveStrategy(fieldId: number, strategy: Strategy, opts: { startedOn: string; phase?: CyclePhase }): Promise<{ cycle: number; created: boolean }>;
  /** Starts a new cycle from a copy of the last one's strategy; throws when there is none. */
  newCycle(fieldId: number, opts: { startedOn: string; phase?: CyclePhase; notes?: string | null }): Promise<StrategyCycle>;
  /**
   * Writes the whole history of a field's strategy, cycles 1…n in order, in one transaction;
   * throws when the field already has a strategy.
   */
  createCycles(fieldId: number, cycles: readonly Omit<StrategyCycle, 'number'>[]): Promise<void>;
  /** Moves a cycle to another phase; false when there is no such cycle. */
  setPhase(fieldId: number, number: number, phase: CyclePhase): Promise<boolean>;
}

const now = () => new Date().toISOString();

export function strategyStore(db: Kysely<Database>): StrategyStore {
  const strategyId = async (q: Kysely<Database>, fieldId: number): Promise<number | null> =>
    (await q.selectFrom('strategies').select('id').where('field_id', '=', fieldId).executeTakeFirst())?.id ?? null;

  const toCycle = (r: { number: number; phase: string; started_on: string; notes: string | null; body: string }): StrategyCycle => ({
    number: Number(r.number),
    phase: CyclePhaseSchema.parse(r.phase),
    startedOn: r.started_on,
    notes: r.notes,
    strategy: StrategySchema.parse(JSON.parse(r.body)),
  });

  return {
    async cycles(fieldId) {
      const id = await strategyId(db, fieldId);
      if (id === null) return [];
      const rows = await db.selectFrom('strategy_cycles').select(['number', 'phase', 'started_on', 'notes', 'body']).where('strategy_id', '=', id).orderBy('number').execute();
      return rows.map((r) => ({
        number: Number(r.number),
        phase: CyclePhaseSchema.parse(r.phase),
        startedOn: r.started_on,
        notes: r.notes,
        name: String((JSON.parse(r.body) as { name?: unknown }).name ?? ''),
      }));
    },

    async getCycle(fieldId, number) {
      const id = await strategyId(db, fieldId);
      if (id === null) return null;
      let q = db.selectFrom('strategy_cycles').select(['number', 'phase', 'started_on', 'notes', 'body']).where('strategy_id', '=', id);
      q = number === undefined ? q.orderBy('number', 'desc').limit(1) : q.where('number', '=', number);
      const r = await q.executeTakeFirst();
      return r ? toCycle(r) : null;
    },

    async saveStrategy(fieldId, strategy, opts) {
      const body = JSON.stringify(StrategySchema.parse(strategy));
      return db.transaction().execute(async (trx) => {
        let id = await strategyId(trx, fieldId);
        if (id === null) id = (await trx.insertInto('strategies').values({ field_id: fieldId, created_at: now() }).returning('id').executeTakeFirstOrThrow()).id;
        const last = await trx.selectFrom('strategy_cycles').select(['id', 'number']).where('strategy_id', '=', id).orderBy('number', 'desc').limit(1).executeTakeFirst();
        if (last) {
          await trx.updateTable('strategy_cycles').set({ body }).where('id', '=', last.id).execute();
          return { cycle: Number(last.number), created: false };
        }
        await trx
          .insertInto('strategy_cycles')
          .values({ strategy_id: id, number: 1, phase: opts.phase ?? 'plan', started_on: opts.startedOn, notes: null, body, created_at: now() })
          .execute();
        return { cycle: 1, created: true };
      });
    },

    async newCycle(fieldId, opts) {
      return db.transaction().execute(async (trx) => {
        const id = await strategyId(trx, fieldId);
        const last = id === null ? undefined : await trx.selectFrom('strategy_cycles').selectAll().where('strategy_id', '=', id).orderBy('number', 'desc').limit(1).executeTakeFirst();
        if (id === null || !last) throw new Error('the field has no strategy yet: import one first (eclaireur strategy import FILE.yaml)');
        const row = {
          strategy_id: id,
          number: Number(last.number) + 1,
          phase: opts.phase ?? 'plan',
          started_on: opts.startedOn,
          notes: opts.notes ?? null,
          body: last.body,
          created_at: now(),
        };
        await trx.insertInto('strategy_cycles').values(row).execute();
        return toCycle(row);
      });
    },

    async createCycles(fieldId, cycles) {
      const bodies = cycles.map((c) => JSON.stringify(StrategySchema.parse(c.strategy)));
      await db.transaction().execute(async (trx) => {
        if ((await strategyId(trx, fieldId)) !== null) throw new Error('the field already has a strategy');
        const id = (await trx.insertInto('strategies').values({ field_id: fieldId, created_at: now() }).returning('id').executeTakeFirstOrThrow()).id;
        for (let i = 0; i < cycles.length; i++) {
          const c = cycles[i];
          await trx
            .insertInto('strategy_cycles')
            .values({ strategy_id: id, number: i + 1, phase: CyclePhaseSchema.parse(c.phase), started_on: c.startedOn, notes: c.notes, body: bodies[i], created_at: now() })
            .execute();
        }
      });
    },

    async setPhase(fieldId, number, phase) {
      const id = await strategyId(db, fieldId);
      if (id === null) return false;
      const r = await db.updateTable('strategy_cycles').set({ phase }).where('strategy_id', '=', id).where('number', '=', number).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
  };
}
