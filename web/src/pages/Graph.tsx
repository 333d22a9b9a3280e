/**
 * The field's graph (issue 7): the interaction graph drawn with sigma.js (WebGL) — communities
 * coloured, authority as size, candidates distinct — with the legend of communities, the
 * selected account (who points to it), a "top N" control and a search; then the accessible
 * equivalent of the drawing, its tables (communities, accounts drawn), and the discovery list:
 * accounts the candidates point to that are not candidates.
 *
 * This module is loaded lazily (App.tsx): sigma and graphology stay out of the first page.
 */
import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { getJson } from '../api.js';
import { ErrorBox, Loading, useLoad } from '../hooks.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { type Column, VirtualTable } from '../VirtualTable.js';
import { communityColour, type Drawing, type DrawnNode, GraphCanvas, OTHER_COLOUR } from './graph/GraphCanvas.js';
import { GRAPH_TEXT } from './graph/text.js';
import './graph/graph.css';

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

interface Community {
  rank: number;
  size: number;
  authority: number;
  candidates: { key: string; name: string }[];
  leaders: string[];
}

interface Communities {
  asOf: string | null;
  modularity: number;
  count: number;
  communities: Community[];
}

const TOPS = [100, 250, 500, 1000, 2000];
const isNoData = (e: unknown) => (e as { problem?: { type?: string } } | null)?.problem?.type === 'urn:eclaireur:problem:no-data';

/** Who points to each drawn node (by weight, heaviest first), and how many it points to. */
function incidence(d: Drawing): { into: { id: number; weight: number }[][]; out: number[] } {
  const into = d.nodes.map(() => [] as { id: number; weight: number }[]);
  const out = d.nodes.map(() => 0);
  for (const [s, t, w] of d.edges) {
    if (s === t) continue;
    into[t].push({ id: s, weight: w });
    out[s]++;
  }
  for (const l of into) l.sort((a, b) => b.weight - a.weight || a.id - b.id);
  return { into, out };
}

function Swatch({ community, candidate = true }: { community: number; candidate?: boolean }) {
  return <span className={`swatch${candidate ? '' : ' square'}`} style={{ background: communityColour(community) }} aria-hidden="true" />;
}

export function GraphPage({ fieldId }: { fieldId: number }) {
  const { t, f, lang } = useI18n();
  const g = GRAPH_TEXT[lang];
  const [top, setTop] = useState(500);
  const [selected, setSelected] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [focus, setFocus] = useState<{ id: number; seq: number } | null>(null);
  const [query, setQuery] = useState('');
  const [notFound, setNotFound] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [laidOut, setLaidOut] = useState(false);

  const d = useLoad((signal) => getJson<Discovery>(`/api/fields/${fieldId}/graph/discover?top=500`, signal), [fieldId]);
  const drawing = useLoad((signal) => getJson<Drawing>(`/api/fields/${fieldId}/graph?top=${top}`, signal), [fieldId, top]);
  const comms = useLoad((signal) => getJson<Communities>(`/api/fields/${fieldId}/graph/communities`, signal), [fieldId]);
  const dr = drawing.data;
  const inc = useMemo(() => (dr ? incidence(dr) : null), [dr]);
  const byName = useMemo(() => {
    const m = new Map<string, number>();
    for (const n of dr?.nodes ?? []) m.set(n.name.toLocaleLowerCase(), n.id);
    return m;
  }, [dr]);

  const onSelect = useCallback((id: number | null) => setSelected(id), []);
  const onHover = useCallback((id: number | null) => setHovered(id), []);
  const onFailure = useCallback((reason: string | null) => setFailure(reason), []);
  const onLayout = useCallback((done: boolean) => setLaidOut(done), []);

  const show = (id: number) => {
    setSelected(id);
    setFocus((x) => ({ id, seq: (x?.seq ?? 0) + 1 }));
  };
  const search = (e: FormEvent) => {
    e.preventDefault();
    const q = query.trim().toLocaleLowerCase();
    if (!q || !dr) return;
    let id = byName.get(q);
    if (id === undefined) id = dr.nodes.find((n) => n.name.toLocaleLowerCase().includes(q))?.id;
    if (id === undefined) {
      setNotFound(query.trim());
      return;
    }
    setNotFound(null);
    show(id);
  };

  const pct = (x: number, digits = 2) => `${f.num(x * 100, digits, digits)} %`;
  const shown = selected ?? hovered;
  const node: DrawnNode | null = dr && shown !== null ? (dr.nodes[shown] ?? null) : null;
  const communityName = (c: number) => g.legend.name(f.int(c));

  const nodeColumns: Column<DrawnNode>[] = [
    { id: 'rank', header: g.nodes.col.rank, numeric: true, width: '4rem', cell: (x) => f.int(x.id + 1) },
    {
      id: 'name',
      header: g.nodes.col.name,
      width: '16rem',
      cell: (x) => (x.candidate !== null ? <Link href={`/fields/${fieldId}/candidates/${encodeURIComponent(x.candidate)}`}>{x.name}</Link> : x.name),
    },
    { id: 'authority', header: g.nodes.col.authority, numeric: true, width: '8rem', cell: (x) => pct(x.authority, 3) },
    {
      id: 'community',
      header: g.nodes.col.community,
      width: '10rem',
      cell: (x) => (
        <>
          <Swatch community={x.community} candidate={x.candidate !== null} /> {f.int(x.community)}
        </>
      ),
    },
    { id: 'kind', header: g.nodes.col.kind, width: '9rem', cell: (x) => (x.candidate !== null ? g.details.candidate : g.details.other) },
    { id: 'pointedBy', header: g.nodes.col.pointedBy, numeric: true, width: '9rem', cell: (x) => f.int(inc?.into[x.id].length ?? 0) },
    {
      id: 'show',
      header: g.nodes.col.show,
      width: '8rem',
      cell: (x) => (
        <button type="button" className="link" onClick={() => show(x.id)} aria-label={g.nodes.showLabel(x.name)} disabled={failure !== null}>
          {g.nodes.show}
        </button>
      ),
    },
  ];

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

  const noGraph = isNoData(d.error) || isNoData(drawing.error);
  const c = comms.data;
  const listed = c ? c.communities.reduce((s, x) => s + x.authority, 0) : 0;
  const summary = dr && c ? g.summary(f.int(dr.nodes.length), f.int(dr.edges.length), f.int(dr.totalNodes), f.int(dr.communities), c.communities[0] ? `${communityName(c.communities[0].rank)} (${pct(c.communities[0].authority, 1)})` : '—') : '';
  const into = node && inc ? inc.into[node.id] : [];

  return (
    <section aria-labelledby="page-title" className="graph-page">
      <h1 id="page-title">{t.graph.title}</h1>
      <p className="help">{g.intro}</p>
      {noGraph ? <p>{t.graph.noGraph}</p> : null}
      {!noGraph && drawing.error ? <ErrorBox error={drawing.error} onRetry={drawing.reload} /> : null}

      {!noGraph ? (
        <>
          <h2 id="drawing-title">{g.drawing}</h2>
          <div className="toolbar">
            <div className="control">
              <label htmlFor="graph-top">{g.top}</label>
              <select
                id="graph-top"
                value={top}
                onChange={(e) => {
                  setSelected(null);
                  setFocus(null);
                  setTop(Number(e.target.value));
                }}
              >
                {TOPS.map((n) => (
                  <option key={n} value={n}>
                    {g.topOption(f.int(n))}
                  </option>
                ))}
              </select>
            </div>
            <form className="control graph-search" role="search" onSubmit={search}>
              <label htmlFor="graph-search">{g.search}</label>
              <span className="inline">
                <input id="graph-search" type="search" list="graph-names" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
                <button type="submit">{g.searchButton}</button>
              </span>
              <datalist id="graph-names">
                {dr?.nodes.map((n) => (
                  <option key={n.id} value={n.name} />
                ))}
              </datalist>
            </form>
            {selected !== null ? (
              <button type="button" onClick={() => setSelected(null)}>
                {g.clear}
              </button>
            ) : null}
          </div>
          {notFound ? (
            <p role="alert" className="error">
              {g.notFound(notFound)}
            </p>
          ) : null}
          {dr ? <p className="meta">{g.meta(f.int(dr.nodes.length), f.int(dr.edges.length), f.int(dr.totalNodes), f.int(dr.totalEdges), f.date(dr.asOf), f.num(dr.modularity, 3, 3))}</p> : null}
          {drawing.loading ? <Loading /> : null}
          <div className="graph-layout">
            <div className="graph-stage">
              {failure !== null ? (
                <p className="error graph-failure" role="alert" data-testid="graph-failure">
                  {failure === 'no-webgl' ? g.noWebgl : g.webglFailed(failure)}
                </p>
              ) : null}
              {dr ? <GraphCanvas drawing={dr} label={summary} selected={selected} focus={focus} onSelect={onSelect} onHover={onHover} onFailure={onFailure} onLayout={onLayout} /> : null}
              {dr && failure === null ? (
                <p className="help small" role="status" aria-live="polite">
                  {laidOut ? g.layoutDone : g.layout} {g.keys}
                </p>
              ) : null}
              <ul className="plain glyphs">
                <li>
                  <span className="swatch" style={{ background: '#555' }} aria-hidden="true" /> {g.glyphs.candidate}
                </li>
                <li>
                  <span className="swatch square" style={{ background: '#bbb' }} aria-hidden="true" /> {g.glyphs.other}
                </li>
              </ul>
            </div>
            <aside className="graph-details" aria-labelledby="details-title" aria-live="polite" data-testid="graph-details">
              <h2 id="details-title">{g.details.title}</h2>
              {node ? (
                <>
                  <p className="node-name" data-testid="details-name">
                    <Swatch community={node.community} candidate={node.candidate !== null} /> <strong>{node.name}</strong>
                  </p>
                  <dl className="facts">
                    <dt>{g.details.authority}</dt>
                    <dd data-testid="details-authority">{pct(node.authority, 3)}</dd>
                    <dt>{g.details.rank}</dt>
                    <dd data-testid="details-rank">{f.int(node.id + 1)}</dd>
                    <dt>{g.details.community}</dt>
                    <dd data-testid="details-community">{communityName(node.community)}</dd>
                    <dt>{g.details.kind}</dt>
                    <dd data-testid="details-kind">{node.candidate !== null ? g.details.candidate : g.details.other}</dd>
                  </dl>
                  {node.candidate !== null ? (
                    <p>
                      <Link href={`/fields/${fieldId}/candidates/${encodeURIComponent(node.candidate)}`}>{g.details.candidatePage}</Link>
                    </p>
                  ) : null}
                  <h3>{into.length > 0 ? g.details.pointedBy(f.int(into.length)) : g.details.pointedByNone}</h3>
                  {into.length > 0 ? (
                    <ol className="pointed-by" data-testid="details-pointed-by">
                      {into.slice(0, 15).map((p) => (
                        <li key={p.id} data-key={dr!.nodes[p.id].name}>
                          <button type="button" className="link" onClick={() => show(p.id)}>
                            {dr!.nodes[p.id].name}
                          </button>
                        </li>
                      ))}
                    </ol>
                  ) : null}
                  {into.length > 15 ? <p className="help">{g.details.more(f.int(into.length - 15))}</p> : null}
                  {inc ? <p className="help">{g.details.points(f.int(inc.out[node.id]))}</p> : null}
                </>
              ) : (
                <p className="help">{g.details.none}</p>
              )}
            </aside>
          </div>

          <h2 id="legend-title">{g.legend.title}</h2>
          {comms.loading ? <Loading /> : null}
          {comms.error && !isNoData(comms.error) ? <ErrorBox error={comms.error} onRetry={comms.reload} /> : null}
          {c ? (
            <div className="scroll-x">
              <table className="legend" aria-labelledby="legend-title" data-testid="legend">
                <caption>{g.legend.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{g.legend.col.community}</th>
                    <th scope="col" className="num">
                      {g.legend.col.share}
                    </th>
                    <th scope="col" className="num">
                      {g.legend.col.size}
                    </th>
                    <th scope="col">{g.legend.col.candidates}</th>
                    <th scope="col">{g.legend.col.leaders}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.communities.map((x) => (
                    <tr key={x.rank} data-community={x.rank}>
                      <th scope="row">
                        <Swatch community={x.rank} /> {communityName(x.rank)}
                      </th>
                      <td className="num share">{pct(x.authority, 1)}</td>
                      <td className="num size">{f.int(x.size)}</td>
                      <td>
                        {x.candidates.length === 0
                          ? g.legend.noneShown
                          : x.candidates.map((p, i) => (
                              <span key={p.key}>
                                {i > 0 ? ', ' : ''}
                                <Link href={`/fields/${fieldId}/candidates/${encodeURIComponent(p.key)}`}>{p.name}</Link>
                              </span>
                            ))}
                      </td>
                      <td>{x.leaders.length === 0 ? g.legend.noneShown : x.leaders.join(', ')}</td>
                    </tr>
                  ))}
                  {c.count > c.communities.length ? (
                    <tr data-community="others">
                      <th scope="row">
                        <span className="swatch" style={{ background: OTHER_COLOUR }} aria-hidden="true" /> {g.legend.others}
                      </th>
                      <td className="num share">{pct(Math.max(0, 1 - listed), 1)}</td>
                      <td className="num size">{f.int(c.count - c.communities.length)}</td>
                      <td>{g.legend.noneShown}</td>
                      <td>{g.legend.noneShown}</td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </div>
          ) : null}

          {dr ? (
            <>
              <h2 id="nodes-title">{g.nodes.title}</h2>
              <VirtualTable label={g.nodes.table} rows={dr.nodes} columns={nodeColumns} rowKey={(x) => x.name} testId="graph-nodes" height={400} />
            </>
          ) : null}
        </>
      ) : null}

      <h2 id="discover-title">{g.discoverTitle}</h2>
      <p className="help">{t.graph.intro}</p>
      {d.loading ? <Loading /> : null}
      {!noGraph && d.error ? <ErrorBox error={d.error} onRetry={d.reload} /> : null}
      {d.data ? (
        <>
          <p className="meta">{t.graph.size(f.int(d.data.nodes), f.int(d.data.edges), f.date(d.data.asOf))}</p>
          <VirtualTable label={t.graph.table} rows={d.data.accounts} columns={columns} rowKey={(x) => x.name} testId="discover" />
        </>
      ) : null}
    </section>
  );
}
