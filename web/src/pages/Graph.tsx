/** The field's graph, for now its discovery list: accounts the candidates point to that are not candidates. */
import { getJson } from '../api.js';
import { ErrorBox, Loading, useLoad } from '../hooks.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { type Column, VirtualTable } from '../VirtualTable.js';

interface Discovered {
  name: string;
  rank: number;
  authority: number;
  candidates: number;
  recognisers: number;
  pointedBy: { key: string; name: string; weight: number }[];
}

interface Discovery {
  asOf: string | null;
  nodes: number;
  edges: number;
  accounts: Discovered[];
}

export function GraphPage({ fieldId }: { fieldId: number }) {
  const { t, f } = useI18n();
  const d = useLoad((signal) => getJson<Discovery>(`/api/fields/${fieldId}/graph/discover?top=500`, signal), [fieldId]);
  const columns: Column<Discovered>[] = [
    { id: 'rank', header: '#', numeric: true, width: '4rem', cell: (x) => f.int(x.rank) },
    { id: 'account', header: t.graph.col.account, width: '16rem', cell: (x) => x.name },
    { id: 'authority', header: t.graph.col.authority, numeric: true, width: '8rem', cell: (x) => `${f.num(x.authority * 100, 3, 3)} %` },
    { id: 'candidates', header: t.graph.col.candidates, numeric: true, width: '8rem', cell: (x) => f.int(x.candidates) },
    {
      id: 'pointedBy',
      header: t.graph.col.pointedBy,
      width: '26rem',
      cell: (x) => (
        <span className="drivers">
          {x.pointedBy.map((p, i) => (
            <span key={p.key}>
              {i > 0 ? ', ' : ''}
              <Link href={`/fields/${fieldId}/candidates/${encodeURIComponent(p.key)}`}>{p.name}</Link>
            </span>
          ))}
        </span>
      ),
    },
  ];
  const noGraph = d.error && (d.error as { problem?: { type?: string } }).problem?.type === 'urn:eclaireur:problem:no-data';
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t.graph.title}</h1>
      <p className="help">{t.graph.intro}</p>
      {d.loading ? <Loading /> : null}
      {noGraph ? <p>{t.graph.noGraph}</p> : d.error ? <ErrorBox error={d.error} onRetry={d.reload} /> : null}
      {d.data ? (
        <>
          <p className="meta">{t.graph.size(f.int(d.data.nodes), f.int(d.data.edges), f.date(d.data.asOf))}</p>
          <VirtualTable label={t.graph.table} rows={d.data.accounts} columns={columns} rowKey={(x) => x.name} testId="discover" />
        </>
      ) : null}
      <p className="help">{t.graph.later}</p>
    </section>
  );
}
