/**
 * Pagination of long lists by `limit` and `offset` (not cursors: every list the API pages is in
 * a fixed order — rank, key, id — that a new import does not reshuffle under a reader, and a
 * table page wants to jump to "rows 5,001–5,050" and know the `total`). The answer is
 * `{ items, total, limit, offset }`; the next page starts at `offset + limit` while it is below
 * `total`.
 */
import { z } from 'zod';

export const PAGE_DEFAULTS = Object.freeze({ limit: 50, maxLimit: 10_000 });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(PAGE_DEFAULTS.maxLimit).default(PAGE_DEFAULTS.limit).describe(`items per page (1–${PAGE_DEFAULTS.maxLimit})`),
  offset: z.coerce.number().int().min(0).default(0).describe('items to skip'),
});

export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().describe('items in the whole list'),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** One page of a list held in memory. */
export function slicePage<T>(all: readonly T[], q: PageQuery): Page<T> {
  return { items: all.slice(q.offset, q.offset + q.limit), total: all.length, limit: q.limit, offset: q.offset };
}
