/**
 * A table that stays smooth with 10,000 rows: a real <table> (headers, aria-sort, row counts
 * for screen readers) whose body holds only the rows in view (@tanstack/react-virtual), with
 * spacer rows above and below standing in for the others. Rows have a fixed height.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';

export interface Column<R> {
  id: string;
  header: string;
  /** Help for the header (title and screen readers). */
  help?: string;
  sortable?: boolean;
  numeric?: boolean;
  width: string;
  cell(row: R): ReactNode;
}

export interface Sort {
  id: string;
  dir: 'asc' | 'desc';
}

export const ROW_HEIGHT = 40;

export function VirtualTable<R>(props: {
  label: string;
  rows: readonly R[];
  columns: readonly Column<R>[];
  rowKey(row: R): string;
  sort?: Sort | null;
  onSort?(id: string): void;
  sortLabel?(header: string): string;
  height?: number;
  testId?: string;
}) {
  const { rows, columns, sort } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = v.getVirtualItems();
  const top = items.length > 0 ? items[0].start : 0;
  const bottom = items.length > 0 ? v.getTotalSize() - items[items.length - 1].end : 0;
  return (
    <div className="vtable" ref={scroller} style={{ maxHeight: props.height ?? 560 }} tabIndex={0} role="region" aria-label={props.label} data-testid={props.testId}>
      <table aria-rowcount={rows.length + 1} aria-label={props.label}>
        <colgroup>
          {columns.map((c) => (
            <col key={c.id} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => {
              const active = sort?.id === c.id;
              const ariaSort = c.sortable ? (active ? (sort!.dir === 'asc' ? 'ascending' : 'descending') : 'none') : undefined;
              return (
                <th key={c.id} scope="col" aria-sort={ariaSort} className={c.numeric ? 'num' : undefined} title={c.help}>
                  {c.sortable && props.onSort ? (
                    <button type="button" className="sort" onClick={() => props.onSort!(c.id)} aria-label={props.sortLabel ? props.sortLabel(c.header) : c.header}>
                      {c.header}
                      <span aria-hidden="true" className="arrow">
                        {active ? (sort!.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: top }} />
            </tr>
          )}
          {items.map((it) => {
            const row = rows[it.index];
            return (
              <tr key={props.rowKey(row)} aria-rowindex={it.index + 2} data-key={props.rowKey(row)} style={{ height: ROW_HEIGHT }}>
                {columns.map((c) => (
                  <td key={c.id} className={c.numeric ? 'num' : undefined}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
