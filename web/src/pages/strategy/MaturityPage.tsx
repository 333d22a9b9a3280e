/**
 * The maturity page (`/fields/:id/maturity`): the diagnostic's questionnaire from the API in the
 * page's language — one radio group a statement, grouped by stage (native radios: Tab from group
 * to group, arrows within one) — then the stage the API computes, why, what holds the next stage
 * back and the next steps; and the field's stored assessments, whose answers can be loaded back.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { DIMENSIONS } from '../../../../src/core/maturity/questionnaire.js';
import { ApiError, getJson, type Page } from '../../api.js';
import { ErrorBox, Loading, useLoad } from '../../hooks.js';
import { useI18n } from '../../i18n.js';
import { sendJson } from './http.js';
import { TEXT } from './text.js';
import './strategy.css';

type L = { fr: string; en: string };
interface Questionnaire {
  version: string;
  scale: { value: number; key: string; label: L }[];
  stages: { key: string; number: number; name: L; motto: L; description: L }[];
  questions: { id: string; stage: string; dimension: string; text: L; action: L }[];
}
interface Stored {
  id: number;
  date: string;
  stage: string;
  stageNumber: number;
  questionnaireVersion: string;
  answers: Record<string, number>;
}
interface Assessment {
  date: string;
  questionnaireVersion: string;
  stage: string;
  stageNumber: number;
  reached: boolean;
  next: string | null;
  stages: { stage: string; mean: number; min: number; met: boolean }[];
  ahead: string[];
  explanation: { headline: string; description: string; reasons: string[]; blocking: string[]; ahead: string | null; nextSteps: string[] };
  params: { stageMean: number; questionFloor: number };
  saved: { id: number; replaced: boolean } | null;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function MaturityPage({ fieldId }: { fieldId: number }) {
  const { lang, f } = useI18n();
  const T = TEXT[lang];
  const M = T.maturity;
  const q = useLoad((signal) => getJson<Questionnaire>('/api/maturity/questionnaire', signal), []);
  const history = useLoad((signal) => getJson<Page<Stored>>(`/api/fields/${fieldId}/maturity?limit=10000`, signal), [fieldId]);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [date, setDate] = useState(today);
  const [keep, setKeep] = useState(true);
  const [missing, setMissing] = useState<string[]>([]);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ a: Assessment; answers: Record<string, number>; lang: string } | null>(null);
  const [note, setNote] = useState('');
  const resultRef = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<string | null>(null);

  const questions = q.data?.questions ?? [];
  const answered = questions.filter((x) => answers[x.id] !== undefined).length;
  const stageName = (key: string) => q.data?.stages.find((s) => s.key === key)?.name[lang] ?? key;
  const last = history.data?.items.at(-1) ?? null;

  useEffect(() => {
    if (focusAfter.current) {
      document.getElementById(focusAfter.current)?.focus();
      focusAfter.current = null;
    }
  });

  const assess = async (body: { answers: Record<string, number>; date: string; save: boolean }) => sendJson<Assessment>('POST', `/api/fields/${fieldId}/maturity`, body);

  // The result in the page's language when the language changes (looked at again, not stored again).
  useEffect(() => {
    if (!result || result.lang === lang) return;
    let live = true;
    assess({ answers: result.answers, date: result.a.date, save: false }).then(
      (a) => live && setResult({ a: { ...a, saved: result.a.saved }, answers: result.answers, lang }),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang]);

  const submit = async () => {
    setProblem(null);
    const miss = questions.filter((x) => answers[x.id] === undefined).map((x) => x.id);
    setMissing(miss);
    if (miss.length > 0) {
      focusAfter.current = `q-${miss[0]}-0`;
      setNote('');
      return;
    }
    setBusy(true);
    try {
      const a = await assess({ answers, date, save: keep });
      setResult({ a, answers: { ...answers }, lang });
      history.reload();
      focusAfter.current = 'maturity-result';
    } catch (e) {
      setProblem(e);
      if (e instanceof ApiError) {
        const ids = (e.problem.errors ?? []).map((p) => (p.pointer ?? '').split('/')[2]).filter((x): x is string => !!x && questions.some((y) => y.id === x));
        if (ids.length > 0) {
          setMissing(ids);
          focusAfter.current = `q-${ids[0]}-0`;
        }
      }
    } finally {
      setBusy(false);
    }
  };

  const load = (s: Stored) => {
    setAnswers({ ...s.answers });
    setMissing([]);
    setNote(M.loaded(f.date(s.date)));
  };

  const byStage = useMemo(() => (q.data?.stages ?? []).map((s) => ({ stage: s, questions: questions.filter((x) => x.stage === s.key) })), [q.data, questions]);

  return (
    <section aria-labelledby="page-title" className="maturity-page">
      <h1 id="page-title">{M.title}</h1>
      <p className="help">{M.intro}</p>
      {q.error ? <ErrorBox error={q.error} onRetry={q.reload} /> : null}
      {q.loading ? <Loading /> : null}
      {q.data ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          aria-describedby="scale-help"
        >
          <p id="scale-help" className="help">
            {M.scaleHelp}
          </p>
          <div className="toolbar">
            {last ? (
              <button type="button" onClick={() => load(last)}>
                {M.fromLast(f.date(last.date))}
              </button>
            ) : null}
            <button
              type="button"
              onClick={() => {
                setAnswers({});
                setMissing([]);
                setNote('');
              }}
              disabled={answered === 0}
            >
              {M.clear}
            </button>
          </div>
          {missing.length > 0 ? (
            <div className="error" role="alert" data-testid="missing">
              <p>{M.missing(f.int(missing.length))}</p>
              <ul>
                {missing.map((id) => {
                  const x = questions.find((y) => y.id === id);
                  return (
                    <li key={id}>
                      <a
                        href={`#q-${id}`}
                        onClick={(e) => {
                          e.preventDefault();
                          document.getElementById(`q-${id}-0`)?.focus();
                        }}
                      >
                        {x?.text[lang] ?? id}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : null}
          {byStage.map(({ stage, questions: qs }) => (
            <section key={stage.key} className="maturity-stage" aria-labelledby={`stage-${stage.key}`}>
              <h2 id={`stage-${stage.key}`}>{M.stageN(f.int(stage.number), stage.name[lang])}</h2>
              <p className="motto">{stage.motto[lang]}</p>
              {qs.map((x) => (
                <fieldset key={x.id} id={`q-${x.id}`} className={`question${missing.includes(x.id) && answers[x.id] === undefined ? ' missing' : ''}`} data-question={x.id}>
                  <legend>
                    {x.text[lang]}
                    <span className="dimension">{DIMENSIONS[x.dimension as keyof typeof DIMENSIONS]?.[lang] ?? x.dimension}</span>
                  </legend>
                  <div className="scale">
                    {q.data!.scale.map((v) => (
                      <label key={v.value} htmlFor={`q-${x.id}-${v.value}`}>
                        <input
                          type="radio"
                          id={`q-${x.id}-${v.value}`}
                          name={`q-${x.id}`}
                          value={v.value}
                          checked={answers[x.id] === v.value}
                          onChange={() => setAnswers((a) => ({ ...a, [x.id]: v.value }))}
                        />
                        <span>
                          <span className="value">{v.value}</span> {v.label[lang]}
                        </span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              ))}
            </section>
          ))}
          <div className="maturity-options">
            <div className="control">
              <label htmlFor="maturity-date">{M.date}</label>
              <input id="maturity-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            </div>
            <div className="inline">
              <input id="maturity-keep" type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} />
              <label htmlFor="maturity-keep">{M.save}</label>
            </div>
          </div>
          <div className="maturity-bar">
            <span data-testid="answered">{M.progress(f.int(answered), f.int(questions.length))}</span>
            <progress max={questions.length || 1} value={answered} aria-hidden="true" />
            <button type="submit" className="primary" disabled={busy}>
              {busy ? M.submitting : M.submit}
            </button>
            <span role="status" className="ok">
              {note}
            </span>
          </div>
          {problem && !(problem instanceof ApiError && missing.length > 0) ? <ErrorBox error={problem} /> : null}
        </form>
      ) : null}

      {result && q.data ? <Result r={result.a} q={q.data} headingRef={resultRef} /> : null}

      <section aria-labelledby="history-title" data-testid="history">
        <h2 id="history-title">{M.history}</h2>
        {history.error ? <ErrorBox error={history.error} onRetry={history.reload} /> : null}
        {history.data && history.data.items.length === 0 ? <p className="help">{M.noHistory}</p> : null}
        {history.data && history.data.items.length > 0 ? (
          <div className="scroll-x">
            <table className="history" aria-labelledby="history-title">
              <thead>
                <tr>
                  <th scope="col">{M.histCol.date}</th>
                  <th scope="col">{M.histCol.stage}</th>
                  <th scope="col">{M.histCol.version}</th>
                  <th scope="col">{M.histCol.answers}</th>
                </tr>
              </thead>
              <tbody>
                {[...history.data.items].reverse().map((s) => (
                  <tr key={s.id} data-date={s.date} data-stage={s.stage}>
                    <td className="nowrap">{f.date(s.date)}</td>
                    <td>
                      <span className="bar" style={{ width: `${s.stageNumber * 1.2}rem` }} aria-hidden="true" />
                      {M.stageN(f.int(s.stageNumber), stageName(s.stage))}
                    </td>
                    <td>{s.questionnaireVersion}</td>
                    <td>
                      <button type="button" onClick={() => load(s)} disabled={s.questionnaireVersion !== q.data?.version}>
                        {M.load(f.date(s.date))}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </section>
  );
}

function Result({ r, q, headingRef }: { r: Assessment; q: Questionnaire; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const { lang, f } = useI18n();
  const M = TEXT[lang].maturity;
  const e = r.explanation;
  const scale = (v: number) => q.scale.find((s) => s.value === v)?.label[lang] ?? String(v);
  return (
    <section className="result" aria-labelledby="maturity-result" data-testid="result" data-stage={r.stage}>
      <h2 id="maturity-result" tabIndex={-1} ref={headingRef}>
        {M.result}
      </h2>
      <p className="headline" data-testid="headline">
        {e.headline}
      </p>
      {!r.reached ? <p className="missing">{M.notReached}</p> : null}
      <p>{e.description}</p>
      <ol className="ladder" aria-label={M.stages}>
        {q.stages.map((s) => {
          const st = r.stages.find((x) => x.stage === s.key);
          return (
            <li key={s.key} className={`${st?.met ? 'met' : ''}${s.key === r.stage ? ' current' : ''}`} aria-current={s.key === r.stage ? 'step' : undefined}>
              {f.int(s.number)}. {s.name[lang]}
            </li>
          );
        })}
      </ol>
      <p className="meta">
        {r.saved ? (r.saved.replaced ? M.replaced(f.date(r.date)) : M.savedAs(f.date(r.date))) : M.notSaved}
      </p>
      <h3>{M.why}</h3>
      <ul data-testid="reasons">
        {e.reasons.map((x, i) => (
          <li key={i}>{x}</li>
        ))}
      </ul>
      {e.blocking.length > 0 ? (
        <>
          <h3>{M.blocking}</h3>
          <ul data-testid="blocking">
            {e.blocking.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
        </>
      ) : null}
      {e.ahead ? (
        <>
          <h3>{M.ahead}</h3>
          <p>{e.ahead}</p>
        </>
      ) : null}
      {e.nextSteps.length > 0 ? (
        <>
          <h3>{M.nextSteps}</h3>
          <ol data-testid="next-steps">
            {e.nextSteps.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ol>
        </>
      ) : null}
      <h3 id="stages-title">{M.stages}</h3>
      <p className="help">{M.threshold(f.num(r.params.stageMean, 2), `${f.int(r.params.questionFloor)} (${scale(r.params.questionFloor)})`)}</p>
      <div className="scroll-x">
        <table className="stages-table" aria-labelledby="stages-title">
          <thead>
            <tr>
              <th scope="col">{M.stageCol.stage}</th>
              <th scope="col" className="num">
                {M.stageCol.mean}
              </th>
              <th scope="col" className="num">
                {M.stageCol.min}
              </th>
              <th scope="col">{M.stageCol.met}</th>
            </tr>
          </thead>
          <tbody>
            {r.stages.map((st) => {
              const s = q.stages.find((x) => x.key === st.stage);
              return (
                <tr key={st.stage}>
                  <td>{s ? `${f.int(s.number)}. ${s.name[lang]}` : st.stage}</td>
                  <td className="num">
                    <span className={`bar${st.mean < r.params.stageMean ? ' short' : ''}`} style={{ width: `${st.mean * 1.5}rem` }} aria-hidden="true" />
                    {f.num(st.mean, 2)}
                  </td>
                  <td className="num">{f.int(st.min)}</td>
                  <td>{st.met ? M.met : M.notMet}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
