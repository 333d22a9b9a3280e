/**
 * The strategy page (`/fields/:id/strategy`): the seven sections of the current cycle as a form
 * (every list's entries added, removed, changed; the closed vocabularies as selects), saved with
 * PUT …/strategy. The API's problems go beside the fields their JSON pointers name (focus on the
 * first); the checker's findings, reloaded after each save, go beside the entry or field their
 * `where` names, with a summary by severity that links to each. The cycle and its phase, a new
 * cycle, the comparison of two cycles, and the report (HTML, Markdown, PDF) in the page's
 * language. Content items are planned on the calendar page: here they are listed.
 */
import { type MouseEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { canonicalJson, type CycleComparison } from '../../../../src/core/strategy/compare.js';
import {
  CHANNEL_KINDS,
  CONTENT_FORMS,
  CYCLE_PHASES,
  type CyclePhase,
  emptyStrategy,
  ITEM_STATUSES,
  SECTION_LABELS,
  SECTIONS,
  type SectionKey,
  type Severity,
  type Strategy,
  textIn,
} from '../../../../src/core/strategy/model.js';
import { ApiError, getJson, type Page } from '../../api.js';
import { ErrorBox, Loading, useLoad } from '../../hooks.js';
import { useI18n } from '../../i18n.js';
import { Link } from '../../router.js';
import { Field, FindingNotes, type FormCtx, FormProvider, type IndexedFinding, ListEditor, useForm } from './controls.js';
import { getIn, LISTS, listsOf, type Path, type Place, placeKey, placeOf, setIn, SINGLES } from './defs.js';
import { controlId, pathOf, sendJson } from './http.js';
import { TEXT } from './text.js';
import './strategy.css';

interface CycleInfo {
  number: number;
  phase: CyclePhase;
  startedOn: string;
  notes: string | null;
}
interface Doc {
  cycle: CycleInfo;
  strategy: Strategy;
}
interface CycleSummary extends CycleInfo {
  name: string;
}
interface Check {
  findings: { rule: string; severity: Severity; message: string; where: string }[];
  influencersChecked: boolean;
}
interface MappedProblem {
  detail: string;
  field: string;
  /** The control it was placed beside, or null (shown in the summary only). */
  control: string | null;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function StrategyPage({ fieldId }: { fieldId: number }) {
  const { lang } = useI18n();
  const T = TEXT[lang];
  const doc = useLoad((signal) => getJson<Doc>(`/api/fields/${fieldId}/strategy`, signal), [fieldId]);
  const notFound = doc.error instanceof ApiError && doc.error.problem.status === 404;
  return (
    <section aria-labelledby="page-title" className="strategy-page">
      <h1 id="page-title">{T.strategy.title}</h1>
      <p className="help">{T.strategy.intro}</p>
      {doc.loading && !doc.data ? <Loading /> : null}
      {notFound ? <NoStrategy fieldId={fieldId} onCreated={doc.reload} /> : doc.error ? <ErrorBox error={doc.error} onRetry={doc.reload} /> : null}
      {doc.data ? <Editor fieldId={fieldId} doc={doc.data} reloadDoc={doc.reload} /> : null}
    </section>
  );
}

function NoStrategy({ fieldId, onCreated }: { fieldId: number; onCreated(): void }) {
  const { lang } = useI18n();
  const T = TEXT[lang];
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="panel">
      <p>{T.strategy.none}</p>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          sendJson('PUT', `/api/fields/${fieldId}/strategy`, emptyStrategy(name.trim() || T.strategy.title, lang)).then(onCreated, setError);
        }}
      >
        <div className="control grow">
          <label htmlFor="new-strategy-name">{T.strategy.startName}</label>
          <input id="new-strategy-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit">{T.strategy.start}</button>
      </form>
      {error ? <ErrorBox error={error} /> : null}
    </div>
  );
}

function Editor({ fieldId, doc, reloadDoc }: { fieldId: number; doc: Doc; reloadDoc(): void }) {
  const { lang, f } = useI18n();
  const T = TEXT[lang];
  const base = `/api/fields/${fieldId}/strategy`;
  const [draft, setDraft] = useState<Strategy>(doc.strategy);
  const [saved, setSaved] = useState<Strategy>(doc.strategy);
  const [cycle, setCycle] = useState<CycleInfo>(doc.cycle);
  const [problems, setProblems] = useState<MappedProblem[] | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [status, setStatus] = useState('');
  const [focusId, setFocusId] = useState<{ id: string } | null>(null);
  const [cyclesTick, setCyclesTick] = useState(0);

  useEffect(() => {
    setDraft(doc.strategy);
    setSaved(doc.strategy);
    setCycle(doc.cycle);
    setProblems(null);
    setConflict(false);
  }, [doc]);

  // The checker's findings on the saved strategy, in the page's language.
  const [check, setCheck] = useState<Check | null>(null);
  const [checkError, setCheckError] = useState<unknown>(null);
  const seq = useRef(0);
  const loadCheck = useCallback(async (): Promise<Check | null> => {
    const n = ++seq.current;
    try {
      const c = await getJson<Check>(`${base}/check?lang=${lang}`);
      if (n === seq.current) {
        setCheck(c);
        setCheckError(null);
      }
      return c;
    } catch (e) {
      if (n === seq.current) setCheckError(e);
      return null;
    }
  }, [base, lang]);
  useEffect(() => {
    void loadCheck();
  }, [loadCheck, doc]);

  const cycles = useLoad((signal) => getJson<Page<CycleSummary>>(`${base}/cycles?limit=10000`, signal), [base, cyclesTick]);
  const candidates = useLoad((signal) => getJson<Page<{ key: string; name: string }>>(`/api/fields/${fieldId}/candidates?limit=10000`, signal), [fieldId]);

  const dirty = useMemo(() => canonicalJson(draft) !== canonicalJson(saved), [draft, saved]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = T.strategy.leave;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, T]);

  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(focusId.id);
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'center' });
    }
  }, [focusId]);

  const findings: IndexedFinding[] = useMemo(() => (check?.findings ?? []).map((x, i) => ({ ...x, i })), [check]);
  // A finding names an entry by its index in the saved strategy; placed by the entry's identity
  // (id, candidate key, segment), it stays beside that entry while entries are added or removed
  // before saving (an entry removed: the finding goes to its section).
  const byPlace = useMemo(() => {
    const m = new Map<string, IndexedFinding[]>();
    for (const x of findings) {
      const k = placeKey(rebase(placeOf(x.where), saved, draft));
      m.set(k, [...(m.get(k) ?? []), x]);
    }
    return m;
  }, [findings, saved, draft]);
  const errors = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const p of problems ?? []) if (p.control) m.set(p.control, [...(m.get(p.control) ?? []), p.detail]);
    return m;
  }, [problems]);

  const set = useCallback((path: Path, v: unknown) => {
    setDraft((d) => setIn(d, path, v));
    const prefix = controlId(path);
    setProblems((ps) => (ps ? ps.map((p) => (p.control && (p.control === prefix || p.control.startsWith(`${prefix}-`)) ? { ...p, control: null } : p)) : ps));
  }, []);
  const ctx: FormCtx = {
    s: draft,
    set,
    lang,
    T,
    findings: byPlace,
    errors,
    focusLater: (id) => setFocusId({ id }),
    announce: setStatus,
  };

  const save = async (force = false) => {
    setSaving(true);
    setProblems(null);
    setSaveError(null);
    setConflict(false);
    setStatus(T.strategy.saving);
    const sent = draft;
    try {
      if (!force) {
        const now = await getJson<Doc>(base);
        if (now.cycle.number !== cycle.number || canonicalJson(now.strategy) !== canonicalJson(saved)) {
          setConflict(true);
          setStatus('');
          return;
        }
      }
      const r = await sendJson<{ cycle: number; created: boolean }>('PUT', base, sent);
      const fresh = await getJson<Doc>(base);
      setSaved(fresh.strategy);
      setDraft((d) => (d === sent ? fresh.strategy : d));
      setCycle(fresh.cycle);
      const c = await loadCheck();
      const n = (s: Severity) => f.int(c?.findings.filter((x) => x.severity === s).length ?? 0);
      setStatus(T.strategy.saved(f.int(r.cycle), n('error'), n('warning')));
      setCyclesTick((x) => x + 1);
    } catch (e) {
      setStatus(T.strategy.notSaved);
      if (e instanceof ApiError && e.problem.errors && e.problem.errors.length > 0) {
        const mapped = e.problem.errors.map((p) => {
          const segs = p.pointer ? pathOf(p.pointer) : (p.field ?? '').split('.').filter(Boolean);
          let control: string | null = null;
          for (let k = segs.length; k > 0 && !control; k--) {
            const id = controlId(segs.slice(0, k));
            if (document.getElementById(id)) control = id;
          }
          return { detail: p.detail, field: segs.join('.') || p.field || '', control };
        });
        setProblems(mapped);
        const first = mapped.find((p) => p.control);
        setFocusId({ id: first?.control ?? 'strategy-problems' });
      } else setSaveError(e);
    } finally {
      setSaving(false);
    }
  };

  const discard = () => {
    setDraft(saved);
    setProblems(null);
    setStatus('');
  };

  const setPhase = async (phase: CyclePhase) => {
    try {
      const r = await sendJson<CycleSummary>('PUT', `${base}/cycles/${cycle.number}/phase`, { phase });
      setCycle((c) => ({ ...c, phase: r.phase }));
      setStatus(T.strategy.phaseSaved(f.int(r.number), CYCLE_PHASES[r.phase][lang]));
      setCyclesTick((x) => x + 1);
    } catch (e) {
      setSaveError(e);
    }
  };

  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((x) => x.severity === s).length])) as Record<Severity, number>;
  const sectionCount = (s: SectionKey) => findings.filter((x) => pathOf(x.where)[0] === s).length;

  return (
    <FormProvider value={ctx}>
      <datalist id="strategy-candidates">
        {(candidates.data?.items ?? []).map((c) => (
          <option key={c.key} value={c.key}>
            {c.name}
          </option>
        ))}
      </datalist>
      <div className="strategy-top">
        <div className="panel cycle-panel" data-testid="cycle">
          <h2>
            {T.strategy.cycle(f.int(cycle.number))} <span className="meta">— {T.strategy.startedOn(f.date(cycle.startedOn))}</span>
          </h2>
          {cycle.notes ? <p className="help">{cycle.notes}</p> : null}
          <div className="control">
            <label htmlFor="cycle-phase">{T.strategy.phase(f.int(cycle.number))}</label>
            <select id="cycle-phase" value={cycle.phase} onChange={(e) => void setPhase(e.target.value as CyclePhase)}>
              {(Object.keys(CYCLE_PHASES) as CyclePhase[]).map((p, i) => (
                <option key={p} value={p}>
                  {`${i + 1}. ${CYCLE_PHASES[p][lang]}`}
                </option>
              ))}
            </select>
          </div>
          <ol className="phases" aria-hidden="true">
            {(Object.keys(CYCLE_PHASES) as CyclePhase[]).map((p) => (
              <li key={p} className={p === cycle.phase ? 'current' : undefined}>
                {CYCLE_PHASES[p][lang]}
              </li>
            ))}
          </ol>
        </div>
        <ReportLinks base={base} cycle={cycle.number} />
      </div>

      <div className="strategy-layout">
        <form
          className="strategy-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            // Ctrl+S (⌘S) saves, as in an editor.
            if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
              e.preventDefault();
              if (!saving) void save();
            }
          }}
          aria-describedby="save-shortcut"
        >
          <p id="save-shortcut" className="visually-hidden">
            {T.strategy.shortcut}
          </p>
          {problems && problems.length > 0 ? (
            <div className="error" role="alert" id="strategy-problems" tabIndex={-1} data-testid="problems">
              <p>
                <strong>{T.strategy.problems(f.int(problems.length))}</strong>
              </p>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>
                    {p.control ? (
                      <a href={`#${p.control}`} onClick={(e) => jump(e, p.control!)}>
                        <code>{p.field}</code>
                      </a>
                    ) : (
                      <code>{p.field}</code>
                    )}{' '}
                    {p.detail}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {saveError ? <ErrorBox error={saveError} /> : null}
          {conflict ? (
            <div className="error" role="alert" data-testid="conflict">
              <p>{T.strategy.conflict}</p>
              <div className="toolbar">
                <button type="button" onClick={() => void save(true)}>
                  {T.strategy.overwrite}
                </button>
                <button type="button" onClick={reloadDoc}>
                  {T.strategy.loadTheirs}
                </button>
              </div>
            </div>
          ) : null}

          <nav className="toc" aria-labelledby="toc-title">
            <h2 id="toc-title" className="visually-hidden">
              {T.strategy.contents}
            </h2>
            <ol>
              {SECTIONS.map((s) => {
                const n = sectionCount(s);
                return (
                  <li key={s}>
                    <a href={`#section-${s}`} onClick={(e) => jump(e, `section-${s}-title`)}>
                      {SECTION_LABELS[s][lang]}
                    </a>
                    {n > 0 ? <span className="badge"> {f.int(n)}</span> : null}
                  </li>
                );
              })}
            </ol>
          </nav>

          <section className="strategy-section" aria-labelledby="section-header-title" data-section="header">
            <h2 id="section-header-title" tabIndex={-1}>
              {T.strategy.headerSection}
            </h2>
            <FindingNotes notes={byPlace.get('section:header') ?? []} />
            <div className="fields">
              {SINGLES.filter((x) => x.section === 'header').map((x) => (
                <Field key={x.path} path={x.path.split('.')} def={x} />
              ))}
            </div>
          </section>

          {SECTIONS.map((s, n) => (
            <section key={s} id={`section-${s}`} className="strategy-section" aria-labelledby={`section-${s}-title`} data-section={s}>
              <h2 id={`section-${s}-title`} tabIndex={-1}>
                {n + 1}. {SECTION_LABELS[s][lang]}
              </h2>
              <FindingNotes notes={byPlace.get(`section:${s}`) ?? []} />
              {SINGLES.some((x) => x.section === s && !x.path.startsWith('plan.budget')) ? (
                <div className="fields">
                  {SINGLES.filter((x) => x.section === s && !x.path.startsWith('plan.budget')).map((x) => (
                    <Field key={x.path} path={x.path.split('.')} def={x} />
                  ))}
                </div>
              ) : null}
              {listsOf(s).map((l) =>
                l.readOnly ? (
                  <ItemsList key={l.path} fieldId={fieldId} />
                ) : (
                  <div key={l.path}>
                    {l.path === 'plan.budget.lines' ? (
                      <div className="fields budget">
                        {SINGLES.filter((x) => x.path.startsWith('plan.budget')).map((x) => (
                          <Field key={x.path} path={x.path.split('.')} def={x} />
                        ))}
                      </div>
                    ) : null}
                    <ListEditor def={l} />
                  </div>
                ),
              )}
            </section>
          ))}

          <div className={`savebar${dirty ? ' dirty' : ''}`}>
            <p role="status" aria-live="polite" className="save-status" data-testid="save-status">
              {status || (dirty ? T.strategy.dirty : T.strategy.clean)}
            </p>
            <button type="submit" className="primary" disabled={saving}>
              {saving ? T.strategy.saving : T.strategy.save}
            </button>
            <button type="button" onClick={discard} disabled={!dirty || saving}>
              {T.strategy.discard}
            </button>
          </div>
        </form>

        <aside className="strategy-aside" aria-labelledby="findings-title">
          <div className="panel findings-summary" data-testid="findings-summary">
            <h2 id="findings-title">{T.strategy.findings}</h2>
            {checkError ? <ErrorBox error={checkError} onRetry={() => void loadCheck()} /> : null}
            {check ? (
              <>
                <p className="counts" data-testid="finding-counts">
                  {SEVERITIES.map((s) => (
                    <span key={s} className={`count sev-${s}`} data-severity={s}>
                      <span className="n">{f.int(counts[s])}</span> {T.strategy.severities[s].toLowerCase()}
                    </span>
                  ))}
                </p>
                {dirty ? <p className="help stale">{T.strategy.dirty}</p> : null}
                {!check.influencersChecked ? <p className="help">{T.strategy.influencersUnchecked}</p> : null}
                {findings.length === 0 ? <p className="ok">{T.strategy.noFindings}</p> : null}
                {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
                  <div key={s}>
                    <h3>
                      {T.strategy.severities[s]} ({f.int(counts[s])})
                    </h3>
                    <ul className="plain summary-list">
                      {findings
                        .filter((x) => x.severity === s)
                        .map((x) => (
                          <li key={x.i} className={`sev-${s}`}>
                            <a href={`#finding-${x.i}`} onClick={(e) => jump(e, `finding-${x.i}`)}>
                              {whereLabel(x.where, saved, lang)}
                            </a>
                            <span className="msg">{x.message}</span>
                          </li>
                        ))}
                    </ul>
                  </div>
                ))}
              </>
            ) : checkError ? null : (
              <Loading />
            )}
          </div>
        </aside>
      </div>

      <Cycles base={base} cycles={cycles.data?.items ?? null} error={cycles.error} current={cycle.number} dirty={dirty}
        onStarted={() => {
          reloadDoc();
          setCyclesTick((x) => x + 1);
        }}
      />
      <CompareCycles base={base} cycles={cycles.data?.items ?? null} />
    </FormProvider>
  );
}

/** Moves to an element of the page (a finding, a field, a section) and focuses it. */
function jump(e: MouseEvent<HTMLAnchorElement>, id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  e.preventDefault();
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}

function identity(e: unknown): string | null {
  if (!e || typeof e !== 'object') return null;
  const o = e as Record<string, unknown>;
  const k = o.id ?? o.candidateKey ?? o.segment;
  return typeof k === 'string' ? k : null;
}

/** A place in the saved strategy moved to the same entry in the draft. */
function rebase(place: Place, saved: Strategy, draft: Strategy): Place {
  if (place.at === 'section' || saved === draft) return place;
  const segs = place.path.split('.');
  for (const l of LISTS) {
    const lp = l.path.split('.');
    if (segs.length <= lp.length || !lp.every((x, i) => segs[i] === x)) continue;
    const i = Number(segs[lp.length]);
    const before = (getIn(saved, lp) as unknown[] | undefined)?.[i];
    const id = identity(before);
    if (id === null) return place;
    const j = ((getIn(draft, lp) as unknown[] | undefined) ?? []).findIndex((e) => identity(e) === id);
    if (j < 0) return { at: 'section', section: l.section };
    return { ...place, path: [...lp, String(j), ...segs.slice(lp.length + 1)].join('.') };
  }
  return place;
}

/** "Action plan › Channel 2 (ch-x)": where a finding points, for the summary. */
function whereLabel(where: string, s: Strategy, lang: 'fr' | 'en'): string {
  const T = TEXT[lang];
  const p = pathOf(where);
  const section = (SECTIONS as readonly string[]).includes(p[0]) ? SECTION_LABELS[p[0] as SectionKey][lang] : T.strategy.headerSection;
  const place = placeOf(where);
  if (place.at === 'section') return section;
  for (const l of LISTS) {
    if (!(`${place.path}.`).startsWith(`${l.path}.`)) continue;
    const rest = place.path.slice(l.path.length + 1).split('.');
    const i = Number(rest[0]);
    if (!Number.isInteger(i)) continue;
    const e = (l.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], s) as Record<string, unknown>[] | undefined)?.[i];
    const id = e ? String(e.id ?? e.candidateKey ?? e.segment ?? '') : '';
    return `${section} › ${T.lists[l.path]?.[2] ?? l.path} ${i + 1}${id ? ` (${id})` : ''}`;
  }
  return section;
}

function ItemsList({ fieldId }: { fieldId: number }) {
  const { lang, f } = useI18n();
  const T = TEXT[lang];
  const { s, findings } = useFormFindings();
  return (
    <div className="list items-list" data-list="plan.items">
      <h3 id="h-plan-items">
        {T.lists['plan.items'][1]} <span className="count">({s.plan.items.length})</span>
      </h3>
      <p className="help">
        {T.strategy.itemsHelp} <Link href={`/fields/${fieldId}/calendar`}>{T.strategy.toCalendar}</Link>
      </p>
      {s.plan.items.length > 0 ? (
        <div className="scroll-x">
          <table className="items" aria-labelledby="h-plan-items">
            <thead>
              <tr>
                {(['id', 'title', 'form', 'channel', 'status', 'date'] as const).map((k) => (
                  <th key={k} scope="col">
                    {T.strategy.itemCol[k]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.plan.items.map((it, i) => {
                const here = [...(findings.get(`entry:plan.items.${i}`) ?? [])];
                for (const [k, v] of findings) if (k.startsWith(`field:plan.items.${i}.`)) here.push(...v);
                const ch = s.plan.channels.find((c) => c.id === it.channel);
                return (
                  <tr key={i} data-path={`plan.items.${i}`} className={here.length > 0 ? 'has-findings' : undefined}>
                    <td>
                      <code>{it.id}</code>
                    </td>
                    <td>
                      {textIn(it.title, lang)}
                      <FindingNotes notes={here} />
                    </td>
                    <td>{CONTENT_FORMS[it.form]?.[lang] ?? it.form}</td>
                    <td>{ch ? `${ch.name} (${CHANNEL_KINDS[ch.kind]?.[lang] ?? ch.kind})` : (it.channel ?? '—')}</td>
                    <td>{ITEM_STATUSES[it.status]?.[lang] ?? it.status}</td>
                    <td className="nowrap">{it.date ? f.shortDate(it.date) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="help">{T.strategy.empty}</p>
      )}
    </div>
  );
}

function useFormFindings() {
  const c = useForm();
  return { s: c.s, findings: c.findings };
}

function ReportLinks({ base, cycle }: { base: string; cycle: number }) {
  const { lang } = useI18n();
  const T = TEXT[lang];
  const href = (format: 'html' | 'md' | 'pdf') => `${base}/report?format=${format}&lang=${lang}&cycle=${cycle}`;
  return (
    <div className="panel reports-panel" data-testid="reports">
      <h2>{T.strategy.reports}</h2>
      <p className="help">{T.strategy.reportsHelp}</p>
      <ul className="plain report-links">
        <li>
          <a href={href('html')} target="_blank" rel="noopener" hrefLang={lang === 'fr' ? 'fr-CA' : 'en-CA'} data-format="html">
            {T.strategy.report.html}
          </a>
        </li>
        <li>
          <a href={href('md')} download hrefLang={lang === 'fr' ? 'fr-CA' : 'en-CA'} data-format="md">
            {T.strategy.report.md}
          </a>
        </li>
        <li>
          <a href={href('pdf')} download hrefLang={lang === 'fr' ? 'fr-CA' : 'en-CA'} data-format="pdf">
            {T.strategy.report.pdf}
          </a>
        </li>
      </ul>
    </div>
  );
}

function Cycles({ base, cycles, error, current, dirty, onStarted }: { base: string; cycles: CycleSummary[] | null; error: unknown; current: number; dirty: boolean; onStarted(): void }) {
  const { lang, f } = useI18n();
  const T = TEXT[lang];
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const next = (cycles?.at(-1)?.number ?? current) + 1;
  const start = async () => {
    setBusy(true);
    setErr(null);
    try {
      const c = await sendJson<CycleSummary>('POST', `${base}/cycles`, { phase: 'plan', notes: notes.trim() || null });
      setNotes('');
      setMsg(T.strategy.newCycleDone(f.int(c.number)));
      onStarted();
    } catch (e) {
      setErr(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="cycles" aria-labelledby="cycles-title" data-testid="cycles">
      <h2 id="cycles-title">{T.strategy.cycles}</h2>
      <p className="help">{T.strategy.cyclesHelp}</p>
      {error ? <ErrorBox error={error} /> : null}
      {cycles ? (
        <div className="scroll-x">
          <table className="cycles-table" aria-labelledby="cycles-title">
            <thead>
              <tr>
                {(['number', 'name', 'phase', 'startedOn', 'notes'] as const).map((k) => (
                  <th key={k} scope="col">
                    {T.strategy.cycleCol[k]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cycles.map((c) => (
                <tr key={c.number} aria-current={c.number === current ? 'true' : undefined} data-cycle={c.number}>
                  <td className="num">{f.int(c.number)}</td>
                  <td>{c.name}</td>
                  <td>{CYCLE_PHASES[c.phase][lang]}</td>
                  <td className="nowrap">{f.shortDate(c.startedOn)}</td>
                  <td>{c.notes ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <div className="control grow">
          <label htmlFor="cycle-notes">{T.strategy.newNotes}</label>
          <input id="cycle-notes" type="text" value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>
        <button type="submit" disabled={busy || dirty} aria-describedby={dirty ? 'new-cycle-dirty' : undefined}>
          {T.strategy.newCycle(f.int(next))}
        </button>
      </form>
      {dirty ? (
        <p className="help" id="new-cycle-dirty">
          {T.strategy.newCycleDirty}
        </p>
      ) : null}
      <p role="status" className="ok">
        {msg}
      </p>
      {err ? <ErrorBox error={err} /> : null}
    </section>
  );
}

function CompareCycles({ base, cycles }: { base: string; cycles: CycleSummary[] | null }) {
  const { lang, f } = useI18n();
  const T = TEXT[lang];
  const nums = (cycles ?? []).map((c) => c.number);
  const [a, setA] = useState<number | null>(null);
  const [b, setB] = useState<number | null>(null);
  const ca = a ?? nums.at(-2) ?? null;
  const cb = b ?? nums.at(-1) ?? null;
  const cmp = useLoad(ca !== null && cb !== null && nums.length >= 2 ? (signal) => getJson<CycleComparison>(`${base}/compare?a=${ca}&b=${cb}`, signal) : null, [base, ca, cb, nums.join(',')]);
  if (!cycles) return null;
  const rows = cmp.data
    ? [
        ...cmp.data.header.map((h) => ({ section: T.strategy.headerSection, change: 'changed' as const, what: h.path, detail: `${short(h.before)} → ${short(h.after)}` })),
        ...cmp.data.sections.flatMap((d) => [
          ...d.added.map((x) => ({ section: SECTION_LABELS[d.section][lang], change: 'added' as const, what: `${x.path} ${short(x.id)}`, detail: '' })),
          ...d.removed.map((x) => ({ section: SECTION_LABELS[d.section][lang], change: 'removed' as const, what: `${x.path} ${short(x.id)}`, detail: '' })),
          ...d.changed.map((x) => ({
            section: SECTION_LABELS[d.section][lang],
            change: 'changed' as const,
            what: x.path,
            detail: x.fields.length > 0 ? T.strategy.fieldsChanged(x.fields.join(', ')) : `${short(x.before)} → ${short(x.after)}`,
          })),
        ]),
      ]
    : [];
  return (
    <section className="compare-cycles" aria-labelledby="compare-title" data-testid="compare">
      <h2 id="compare-title">{T.strategy.compare}</h2>
      {nums.length < 2 ? (
        <p className="help">{T.strategy.compareNeedTwo}</p>
      ) : (
        <>
          <div className="toolbar">
            <div className="control">
              <label htmlFor="compare-a">{T.strategy.compareA}</label>
              <select id="compare-a" value={ca ?? ''} onChange={(e) => setA(Number(e.target.value))}>
                {nums.map((n) => (
                  <option key={n} value={n}>
                    {T.strategy.cycle(f.int(n))}
                  </option>
                ))}
              </select>
            </div>
            <div className="control">
              <label htmlFor="compare-b">{T.strategy.compareB}</label>
              <select id="compare-b" value={cb ?? ''} onChange={(e) => setB(Number(e.target.value))}>
                {nums.map((n) => (
                  <option key={n} value={n}>
                    {T.strategy.cycle(f.int(n))}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {cmp.error ? <ErrorBox error={cmp.error} /> : null}
          {cmp.loading ? <Loading /> : null}
          {cmp.data && rows.length === 0 ? <p data-testid="compare-same">{T.strategy.compareSame}</p> : null}
          {rows.length > 0 ? (
            <div className="scroll-x">
              <table className="compare-table" aria-labelledby="compare-title" data-testid="compare-table">
                <thead>
                  <tr>
                    <th scope="col">{T.strategy.contents}</th>
                    <th scope="col">{T.strategy.compareCol.change}</th>
                    <th scope="col">{T.strategy.compareCol.what}</th>
                    <th scope="col">{T.strategy.compareCol.detail}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => (
                    <tr key={i} className={`change-${r.change}`}>
                      <td>{r.section}</td>
                      <td>{T.strategy.change[r.change]}</td>
                      <td>
                        <code>{r.what}</code>
                      </td>
                      <td>{r.detail}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function short(x: unknown): string {
  const s = typeof x === 'string' ? x : JSON.stringify(x ?? null);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}
