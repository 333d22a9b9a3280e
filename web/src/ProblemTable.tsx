/**
 * The problems of a file the API refused or read in part — file (when several can be sent),
 * line, column, what is wrong — as a table with headers, in the page's language.
 */
import type { ProblemItem } from './api.js';
import { useI18n } from './i18n.js';

export function ProblemTable({ items, labelledBy, label, testId, withFile = true }: { items: ProblemItem[]; labelledBy?: string; label?: string; testId: string; withFile?: boolean }) {
  const { t, f } = useI18n();
  return (
    <div className="scroll-x">
      <table className="problems" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : label} data-testid={testId}>
        <thead>
          <tr>
            {withFile ? <th scope="col">{t.imports.col.file}</th> : null}
            <th scope="col" className="num">
              {t.imports.col.line}
            </th>
            <th scope="col">{t.imports.col.column}</th>
            <th scope="col">{t.imports.col.detail}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p, i) => (
            <tr key={i} data-line={p.line}>
              {withFile ? <td>{p.file ?? '—'}</td> : null}
              <td className="num">{p.line === undefined ? '—' : f.int(p.line)}</td>
              <td>{p.column ? <code>{p.column}</code> : (p.field ?? '—')}</td>
              <td>{p.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
