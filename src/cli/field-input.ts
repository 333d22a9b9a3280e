/**
 * What `discover`, `graph communities` and `rankings aggregate` share: the `--top` check, the
 * configuration (`--config`, `--as-of`), and the field's scoring input with its reference day.
 */
import type { Field, ScoringInput } from '../core/domain.js';
import type { RankingConfig } from '../core/ranking/config.js';
import { resolveAsOf } from '../core/ranking/score.js';
import type { Store } from '../adapters/storage/index.js';
import { withStore, type GlobalOptions } from './context.js';
import { UsageError } from './errors.js';
import { resolveField } from './commands/field.js';
import { loadConfig } from './commands/rank.js';

/** A `--top` value: a whole number ≥ 1, else a usage error with `message`. */
export function parseTop(raw: string, message: (v: string) => string): number {
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(message(raw));
  return top;
}

export interface FieldAt {
  store: Store;
  field: Field;
  input: ScoringInput;
  config: RankingConfig;
  asOfDay: number;
  asOf: string | null;
}

/** Opens the store, finds the field, loads its input and resolves the reference day. */
export async function withFieldAt<T>(g: GlobalOptions, o: { field?: string; config?: string; asOf?: string }, fn: (f: FieldAt) => Promise<T>): Promise<T> {
  const config = loadConfig(o.config, g.lang, o.asOf);
  return withStore(g, async (store) => {
    const field = await resolveField(store, o.field);
    const input = await store.loadScoringInput(field.id);
    const { asOfDay, asOf } = resolveAsOf(input, config);
    return fn({ store, field, input, config, asOfDay, asOf });
  });
}
