/**
 * A candidate: their entry in a run (rank, score, rank interval), each index's score, weight,
 * contribution and explanation, and under each index the evidence items that fed it, each
 * with the file and line it was imported from; then their identities and other rankings.
 */
import { useState } from 'react';
import { INDEX_KEYS, type IndexKey } from '../../../src/core/domain.js';
import { type CandidateDetail, getJson } from '../api.js';
import { ErrorBox, Loading, useLoad } from '../hooks.js';
import { indexName, kindName, useI18n } from '../i18n.js';
import { Link, setQuery, useLocation } from '../router.js';
import { RunPicker, useRuns } from './Rankings.js';

const EVIDENCE_SHOWN = 200;

export function CandidatePage({ fieldId, candidateKey }: { fieldId: number; candidateKey: string }) {
  const { t, f, lang } = useI18n();
  const { query } = useLocation();
  const runs = useRuns(fieldId);
  const list = runs.data?.items ?? [];
  const run = query.get('run') ?? list[list.length - 1]?.label ?? null;
  const cand = useLoad(
    runs.data ? (signal) => getJson<CandidateDetail>(`/api/fields/${fieldId}/candidates/${encodeURIComponent(candidateKey)}${run ? `?run=${encodeURIComponent(run)}` : ''}`, signal) : null,
    [fieldId, candidateKey, run, runs.data],
  );
  const c = cand.data;
  const e = c?.ranking ?? null;
  const byIndex = new Map<IndexKey, CandidateDetail['evidence']>();
  for (const k of INDEX_KEYS) byIndex.set(k, []);
  for (const ev of c?.evidence ?? []) byIndex.get(ev.index)?.push(ev);
  const [all, setAll] = useState<Set<IndexKey>>(new Set());
  const back = `/fields/${fieldId}/rankings${run ? `?run=${encodeURIComponent(run)}` : ''}`;

  return (
    <section aria-labelledby="page-title">
      <p>
        <Link href={back}>← {t.candidate.back}</Link>
      </p>
      <h1 id="page-title">{c ? c.name : candidateKey}</h1>
      {runs.error ? <ErrorBox error={runs.error} onRetry={runs.reload} /> : null}
      {cand.error ? <ErrorBox error={cand.error} onRetry={cand.reload} /> : null}
      {cand.loading || runs.loading ? <Loading /> : null}
      {run && list.length > 0 ? (
        <div className="toolbar">
          <RunPicker id="run" label={t.rankings.run} runs={list} value={run} onChange={(v) => setQuery({ run: v })} />
        </div>
      ) : null}
      {c ? (
        <>
          <p className="meta">
            <code>{c.key}</code>
          </p>
          {run && !e ? <p>{t.candidate.notRanked}</p> : null}
          {e ? (
            <dl className="facts">
              <div>
                <dt>{t.candidate.rank}</dt>
                <dd data-testid="candidate-rank">{f.int(e.rank)}</dd>
              </div>
              <div>
                <dt>{t.candidate.score}</dt>
                <dd>{f.num(e.score, 2, 2)}</dd>
              </div>
              <div>
                <dt>{t.candidate.interval}</dt>
                <dd>{`${f.int(e.rankInterval[0])}–${f.int(e.rankInterval[1])}`}</dd>
              </div>
            </dl>
          ) : null}
          {e ? (
            <>
              <h2>{t.candidate.indices}</h2>
              <div className="scroll-x">
                <table className="indices">
                  <thead>
                    <tr>
                      <th scope="col">{t.candidate.index}</th>
                      <th scope="col" className="num">
                        {t.candidate.indexScore}
                      </th>
                      <th scope="col" className="num">
                        {t.candidate.weight}
                      </th>
                      <th scope="col" className="num">
                        {t.candidate.contribution}
                      </th>
                      <th scope="col" className="num">
                        {t.candidate.evidenceCount}
                      </th>
                      <th scope="col">{t.candidate.explanation}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {e.indices.map((x) => (
                      <tr key={x.key} data-index={x.key}>
                        <th scope="row">
                          <a href={`#ev-${x.key}`}>{indexName(x.key, lang)}</a>
                        </th>
                        <td className="num">{x.score === null ? <span className="missing">{t.candidate.missing}</span> : f.num(x.score, 2, 2)}</td>
                        <td className="num">{f.num(x.weight, 2)}</td>
                        <td className="num">{f.num(x.contribution, 3, 3)}</td>
                        <td className="num">{f.int(x.evidence)}</td>
                        <td className="explanation">{x.explanation}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
          <h2>{t.candidate.evidence}</h2>
          {INDEX_KEYS.map((k) => {
            const items = byIndex.get(k)!;
            if (items.length === 0) return null;
            // A long list shows its first items until asked for all of them.
            const shown = all.has(k) ? items : items.slice(0, EVIDENCE_SHOWN);
            return (
              <details key={k} id={`ev-${k}`} className="evidence">
                <summary>{t.candidate.evidenceOf(indexName(k, lang), f.int(items.length))}</summary>
                <div className="scroll-x">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t.candidate.kind}</th>
                        <th scope="col">{t.candidate.date}</th>
                        <th scope="col" className="num">
                          {t.candidate.value}
                        </th>
                        <th scope="col">{t.candidate.platform}</th>
                        <th scope="col">{t.candidate.peer}</th>
                        <th scope="col">{t.candidate.country}</th>
                        <th scope="col">{t.candidate.source}</th>
                        <th scope="col">{t.candidate.origin}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((ev, i) => (
                        <tr key={i}>
                          <td>{kindName(ev.kind, lang)}</td>
                          <td className="nowrap">{ev.date ? f.shortDate(ev.date) : '—'}</td>
                          <td className="num">{ev.value === null ? '—' : f.num(ev.value, 2)}</td>
                          <td>{ev.platform ?? '—'}</td>
                          <td>{ev.peer ?? '—'}</td>
                          <td>{ev.country ?? '—'}</td>
                          <td>{ev.sourceUrl ? <a href={ev.sourceUrl} rel="noreferrer noopener" target="_blank">{ev.sourceUrl}</a> : '—'}</td>
                          <td>{ev.origin ? `${ev.origin.file}:${ev.origin.line}` : '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {shown.length < items.length ? (
                  <button type="button" onClick={() => setAll((a) => new Set(a).add(k))}>
                    {t.candidate.showAll(f.int(items.length))}
                  </button>
                ) : null}
              </details>
            );
          })}
          <h2>{t.candidate.identities}</h2>
          {c.identities.length === 0 ? (
            <p>{t.candidate.none}</p>
          ) : (
            <ul className="plain">
              {c.identities.map((i, n) => (
                <li key={n}>
                  <strong>{i.platform}</strong> {i.url ? <a href={i.url} rel="noreferrer noopener" target="_blank">{i.handle ?? i.url}</a> : i.handle} {i.verified ? `(${t.candidate.verified})` : ''}
                </li>
              ))}
            </ul>
          )}
          <h2>{t.candidate.externalRanks}</h2>
          {c.externalRanks.length === 0 ? (
            <p>{t.candidate.none}</p>
          ) : (
            <ul className="plain">
              {c.externalRanks.map((r, n) => (
                <li key={n}>
                  {r.list}
                  {r.year ? ` (${r.year})` : ''} — {t.candidate.position} {f.int(r.rank)}
                  {r.listSize ? ` / ${f.int(r.listSize)}` : ''}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
