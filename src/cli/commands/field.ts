/**
 * Which field a command works on: the one named by --field (topic or id), else the default.
 */
import type { Field } from '../../core/domain.js';
import type { Store } from '../../adapters/storage/index.js';
import { UsageError } from '../errors.js';

export async function resolveField(store: Store, field?: string): Promise<Field> {
  if (field === undefined) return store.defaultField();
  const byId = /^\d+$/.test(field) ? await store.getField(Number(field)) : null;
  const found = byId ?? (await store.findField(field));
  if (!found) {
    const names = (await store.listFields()).map((f) => `"${f.topic}" (${f.id})`).join(', ');
    throw new UsageError(`--field: no field "${field}"; fields in this store: ${names || 'none (run `eclaireur init` or `eclaireur demo`)'}`);
  }
  return found;
}
