/** Two runs side by side: who rose, fell, entered or left, and the indices that moved them. */
import { type Comparison, getJson, type Move } from '../api.js';
import { ErrorBox, Loading, useLoad } from '../hooks.js';
import { indexName, useI18n } from '../i18n.js';
import { Link, setQuery, useLocation } from '../router.js';
import { type Column, VirtualTable } from '../VirtualTable.js';
import { RunPicker, useRuns } from './Rankings.js';

const STATUSES = ['rose', 'fell', 'entered', 'left', 'unchanged'];

export function ComparePage({ fieldId }: { fieldId: number }) {
  const { t, f, lang } = useI18n();
  const { query } = useLocation();
  const runs = useRuns(fieldId);
  const list = runs.data?.items ?? [];
  const a = query.get('a') ?? list[list.length - 2]?.label ?? null;
  const b = query.get('b') ?? list[list.length - 1]?.label ?? null;
  const status = query.get('status') ?? '';
  const cmp = useLoad(
    a && b ? (signal) => getJson<Comparison>(`/api/fields/${fieldId}/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}&limit=10000${status ? `&status=${status}` : ''}`, signal) : null,
    [fieldId, a, b, status],
  );
  const rank = (x: Move['before']) => (x ? f.int(x.rank) : '—');
  const columns: Column<Move>[] = [
    {
      id: 'candidate',
      header: t.compare.col.candidate,
      width: '14rem',
      cell: (m) => <Link href={`/fields/${fieldId}/candidates/${encodeURIComponent(m.candidateId)}?run=${encodeURIComponent(b ?? '')}`}>{m.name}</Link>,
    },
    { id: 'status', header: t.compare.col.status, width: '7rem', cell: (m) => <span className={`status-${m.status}`}>{t.compare.statuses[m.status] ?? m.status}</span> },
    { id: 'before', header: t.compare.col.before, numeric: true, width: '6rem', cell: (m) => rank(m.before) },
    { id: 'after', header: t.compare.col.after, numeric: true, width: '6rem', cell: (m) => rank(m.after) },
    { id: 'change', header: t.compare.col.change, numeric: true, width: '6rem', cell: (m) => (m.rankChange === null ? '—' : f.signed(m.rankChange)) },
    { id: 'scoreChange', header: t.compare.col.scoreChange, numeric: true, width: '7rem', cell: (m) => (m.scoreChange === null ? '—' : f.signed(m.scoreChange, 2, 2)) },
    {
      id: 'drivers',
      header: t.compare.col.drivers,
      width: '24rem',
      cell: (m) => (
        <span className="drivers" title={m.drivers.map((d) => `${indexName(d.key, lang)} ${f.signed(d.change, 2, 2)}`).join(', ')}>
          {m.drivers
            .slice(0, 2)
            .map((d) => `${indexName(d.key, lang)} ${f.signed(d.change, 2, 2)}`)
            .join(' · ')}
        </span>
      ),
    },
  ];
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t.compare.title}</h1>
      {runs.error ? <ErrorBox error={runs.error} onRetry={runs.reload} /> : null}
      {runs.data && list.length < 2 ? <p>{t.compare.needTwo}</p> : null}
      {a && b ? (
        <div className="toolbar">
          <RunPicker id="run-a" label={t.compare.a} runs={list} value={a} onChange={(v) => setQuery({ a: v })} />
          <RunPicker id="run-b" label={t.compare.b} runs={list} value={b} onChange={(v) => setQuery({ b: v })} />
          <div className="control">
            <label htmlFor="status">{t.compare.status}</label>
            <select id="status" value={status} onChange={(e) => setQuery({ status: e.target.value })}>
              <option value="">{t.compare.all}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.compare.statuses[s]}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      {cmp.error ? <ErrorBox error={cmp.error} onRetry={cmp.reload} /> : null}
      {cmp.loading ? <Loading /> : null}
      {cmp.data ? (
        <>
          <ul className="counts" aria-label={t.compare.counts}>
            {STATUSES.map((s) => (
              <li key={s}>
                <strong>{f.int(cmp.data!.counts[s] ?? 0)}</strong> {t.compare.statuses[s]}
              </li>
            ))}
          </ul>
          <VirtualTable label={t.compare.table} rows={cmp.data.moves.items} columns={columns} rowKey={(m) => m.candidateId} testId="moves" />
        </>
      ) : null}
    </section>
  );
}
