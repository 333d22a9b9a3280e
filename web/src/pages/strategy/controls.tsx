/**
 * The strategy form's controls, one per kind of field (defs.ts): every one has a real label (or
 * a fieldset and legend for a group), the id its path gives (`f-vision-objectives-0-target`, so
 * an API problem's JSON pointer finds it), and beside it the checker's findings and the API's
 * problems that point at it (aria-describedby).
 */
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { CONTENT_FORMS, type Finding, type Strategy, WEEKDAYS } from '../../../../src/core/strategy/model.js';
import { CADENCE_PERIODS, type FieldDef, freshId, getIn, type ListDef, nameOf, optionsOf, type Path } from './defs.js';
import { controlId } from './http.js';
import type { Text } from './text.js';

export type IndexedFinding = Finding & { i: number };

export interface FormCtx {
  s: Strategy;
  set(path: Path, v: unknown): void;
  lang: 'fr' | 'en';
  T: Text;
  /** Findings by place key (defs.ts placeKey). */
  findings: Map<string, IndexedFinding[]>;
  /** API problems by control id. */
  errors: Map<string, string[]>;
  /** Focus a control after the next render. */
  focusLater(id: string): void;
  announce(msg: string): void;
}

const Ctx = createContext<FormCtx | null>(null);
export const FormProvider = ({ value, children }: { value: FormCtx; children: ReactNode }) => <Ctx.Provider value={value}>{children}</Ctx.Provider>;
export function useForm(): FormCtx {
  const c = useContext(Ctx);
  if (!c) throw new Error('useForm outside FormProvider');
  return c;
}

export function FindingNotes({ notes }: { notes: IndexedFinding[] }) {
  const { T } = useForm();
  if (notes.length === 0) return null;
  return (
    <ul className="findings-here">
      {notes.map((n) => (
        <li key={n.i} id={`finding-${n.i}`} tabIndex={-1} className={`finding sev-${n.severity}`} data-rule={n.rule} data-where={n.where}>
          <span className="sev">{T.strategy.severity[n.severity]}</span> {n.message} <code className="rule">{n.rule}</code>
        </li>
      ))}
    </ul>
  );
}

/** A number typed as people write it (decimal comma in French); what cannot be read is kept as typed, for the API to name. */
function parseNumber(raw: string, lang: 'fr' | 'en'): number | null | undefined {
  let x = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (x === '') return null;
  x = lang === 'fr' ? x.replace(',', '.') : x.replace(/,/g, '');
  x = x.replace('−', '-');
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(x)) return undefined;
  const n = Number(x);
  return Number.isFinite(n) ? n : undefined;
}

function showNumber(v: unknown, lang: 'fr' | 'en'): string {
  if (v == null) return '';
  if (typeof v === 'number') return lang === 'fr' ? String(v).replace('.', ',') : String(v);
  return String(v);
}

function NumberInput({ value, onChange, ...rest }: { value: unknown; onChange(v: unknown): void; id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) {
  const { lang } = useForm();
  const [raw, setRaw] = useState(showNumber(value, lang));
  useEffect(() => {
    const p = parseNumber(raw, lang);
    if ((p === undefined ? raw : p) !== value) setRaw(showNumber(value, lang));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, lang]);
  return (
    <input
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={raw}
      onChange={(e) => {
        setRaw(e.target.value);
        const p = parseNumber(e.target.value, lang);
        onChange(p === undefined ? e.target.value : p);
      }}
      {...rest}
    />
  );
}

/** A list of short strings, one a line. */
function LinesInput({ value, onChange, ...rest }: { value: unknown; onChange(v: string[]): void; id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) {
  const list = Array.isArray(value) ? (value as string[]) : [];
  const [raw, setRaw] = useState(list.join('\n'));
  const clean = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);
  useEffect(() => {
    if (JSON.stringify(clean(raw)) !== JSON.stringify(list)) setRaw(list.join('\n'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(list)]);
  return (
    <textarea
      rows={Math.min(6, Math.max(2, list.length + 1))}
      value={raw}
      onChange={(e) => {
        setRaw(e.target.value);
        onChange(clean(e.target.value));
      }}
      {...rest}
    />
  );
}

type TextValue = string | { fr?: string; en?: string } | null;

function partsOf(v: TextValue, strategyLang: 'fr' | 'en'): { fr: string; en: string } {
  if (v == null) return { fr: '', en: '' };
  if (typeof v === 'string') return strategyLang === 'fr' ? { fr: v, en: '' } : { fr: '', en: v };
  return { fr: v.fr ?? '', en: v.en ?? '' };
}

/** Back to the file's form: the strategy's language alone is a plain string; both are {fr, en}. */
function textFrom(p: { fr: string; en: string }, strategyLang: 'fr' | 'en', nullable: boolean): TextValue {
  const other = strategyLang === 'fr' ? 'en' : 'fr';
  if (p.fr === '' && p.en === '') return nullable ? null : '';
  if (p[other] === '') return p[strategyLang];
  const out: { fr?: string; en?: string } = {};
  if (p.fr !== '') out.fr = p.fr;
  if (p.en !== '') out.en = p.en;
  return out;
}

/** A text in French and English: the page's language first. */
function TextInputs({ id, label, value, onChange, nullable, long, describedBy, invalid }: { id: string; label: string; value: TextValue; onChange(v: TextValue): void; nullable: boolean; long?: boolean; describedBy?: string; invalid?: boolean }) {
  const { lang, T, s } = useForm();
  const parts = partsOf(value, s.lang);
  const order: ('fr' | 'en')[] = lang === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
  return (
    <div className="text-pair">
      {order.map((l, j) => {
        const cid = j === 0 ? id : `${id}-${l}`;
        const props = {
          id: cid,
          lang: l === 'fr' ? 'fr-CA' : 'en-CA',
          value: parts[l],
          'aria-describedby': j === 0 ? describedBy : undefined,
          'aria-invalid': j === 0 && invalid ? true : undefined,
          onChange: (e: { target: { value: string } }) => onChange(textFrom({ ...parts, [l]: e.target.value }, s.lang, nullable)),
        };
        return (
          <div key={l} className="text-lang">
            <label htmlFor={cid}>
              {label} <span className="in-lang">({T.strategy.inLang[l]})</span>
            </label>
            {long ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
          </div>
        );
      })}
    </div>
  );
}

/** One field of the form, at `path` in the strategy, with its findings and problems beside it. */
export function Field({ path, def }: { path: Path; def: FieldDef }) {
  const c = useForm();
  const { T, lang } = c;
  const value = getIn(c.s, path);
  const id = controlId(path);
  const key = path.join('.');
  const notes = c.findings.get(`field:${key}`) ?? [];
  const errs = c.errors.get(id) ?? [];
  const describedBy = [...notes.map((n) => `finding-${n.i}`), ...(errs.length > 0 ? [`${id}-err`] : [])].join(' ') || undefined;
  const invalid = errs.length > 0 || notes.some((n) => n.severity === 'error');
  const label = T.fields[def.label ?? (def.key as keyof Text['fields'])] as string;
  const set = (v: unknown) => c.set(path, v);
  const common = { id, 'aria-describedby': describedBy, 'aria-invalid': invalid ? true : undefined };
  const k = def.kind;
  let group = false;
  let control: ReactNode;
  switch (k.k) {
    case 'id':
    case 'string':
      control = (
        <input
          type={k.k === 'string' && k.input ? k.input : 'text'}
          spellCheck={k.k === 'id' ? false : undefined}
          autoCapitalize={k.k === 'id' ? 'none' : undefined}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set(k.k === 'string' && k.nullable && e.target.value === '' ? null : e.target.value)}
          {...common}
        />
      );
      break;
    case 'candidate':
      control = <input type="text" list="strategy-candidates" spellCheck={false} value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value)} {...common} />;
      break;
    case 'number':
      control = <NumberInput value={value} onChange={set} {...common} />;
      break;
    case 'date':
      control = <input type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value === '' ? (k.nullable ? null : '') : e.target.value)} {...common} />;
      break;
    case 'vocab':
      control = (
        <select value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value === '' ? null : e.target.value)} {...common}>
          {k.nullable || typeof value !== 'string' ? <option value="">{T.strategy.none_}</option> : null}
          {Object.entries(k.vocab).map(([v, l]) => (
            <option key={v} value={v}>
              {l[lang]}
            </option>
          ))}
        </select>
      );
      break;
    case 'choice':
      control = (
        <select value={String(value ?? '')} onChange={(e) => set(e.target.value)} {...common}>
          {k.values.map((v) => (
            <option key={v} value={v}>
              {T[k.labels][v] ?? v}
            </option>
          ))}
        </select>
      );
      break;
    case 'ref': {
      const opts = optionsOf(c.s, k.target, lang);
      const cur = typeof value === 'string' ? value : '';
      control = (
        <select value={cur} onChange={(e) => set(e.target.value === '' ? (k.nullable ? null : '') : e.target.value)} {...common}>
          {k.nullable || cur === '' ? <option value="">{T.strategy.none_}</option> : null}
          {cur !== '' && !opts.some((o) => o.id === cur) ? <option value={cur}>{T.strategy.unknownId(cur)}</option> : null}
          {opts.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name && o.name !== o.id ? `${o.id} — ${o.name}` : o.id}
            </option>
          ))}
        </select>
      );
      break;
    }
    case 'refs': {
      group = true;
      const opts = optionsOf(c.s, k.target, lang);
      const cur = Array.isArray(value) ? (value as string[]) : [];
      const all = [...opts, ...cur.filter((x) => !opts.some((o) => o.id === x)).map((x) => ({ id: x, name: '', unknown: true }))];
      control = (
        <fieldset className="checks" aria-describedby={describedBy} aria-invalid={invalid ? true : undefined}>
          <legend>{label}</legend>
          {all.length === 0 ? <p className="help">{T.strategy.noTargets(T.fields[k.target === 'kpis' ? 'kpis' : (k.target as 'segments' | 'objectives')] ?? k.target)}</p> : null}
          {all.map((o, j) => {
            const cid = j === 0 ? id : `${id}--${o.id}`;
            const on = cur.includes(o.id);
            return (
              <span key={o.id} className="check">
                <input
                  type="checkbox"
                  id={cid}
                  checked={on}
                  onChange={() => set(on ? cur.filter((x) => x !== o.id) : [...cur, o.id])}
                />
                <label htmlFor={cid} className={'unknown' in o ? 'unknown' : undefined}>
                  {'unknown' in o ? T.strategy.unknownId(o.id) : o.name && o.name !== o.id ? `${o.name} (${o.id})` : o.id}
                </label>
              </span>
            );
          })}
        </fieldset>
      );
      break;
    }
    case 'weekdays': {
      group = true;
      const cur = Array.isArray(value) ? (value as string[]) : [];
      control = (
        <fieldset className="checks" aria-describedby={describedBy}>
          <legend>{label}</legend>
          {WEEKDAYS.map((d, j) => {
            const cid = j === 0 ? id : `${id}--${d}`;
            const on = cur.includes(d);
            return (
              <span key={d} className="check">
                <input type="checkbox" id={cid} checked={on} onChange={() => set(on ? cur.filter((x) => x !== d) : WEEKDAYS.filter((x) => x === d || cur.includes(x)))} />
                <label htmlFor={cid}>{T.weekdays[d]}</label>
              </span>
            );
          })}
        </fieldset>
      );
      break;
    }
    case 'strings':
      control = <LinesInput value={value} onChange={set} {...common} />;
      break;
    case 'text':
      group = true;
      control = <TextInputs id={id} label={label} value={(value ?? null) as TextValue} onChange={set} nullable={!!k.nullable} long={k.long} describedBy={describedBy} invalid={invalid} />;
      break;
    case 'texts': {
      group = true;
      const list = Array.isArray(value) ? (value as TextValue[]) : [];
      control = (
        <fieldset className="texts" aria-describedby={describedBy}>
          <legend>{label}</legend>
          {list.map((x, j) => (
            <div key={j} className="texts-row">
              <TextInputs id={j === 0 ? id : `${id}-${j}`} label={`${label} ${j + 1}`} value={x} onChange={(v) => set(list.map((y, m) => (m === j ? (v ?? '') : y)))} nullable={false} />
              <button
                type="button"
                className="remove"
                onClick={() => {
                  set(list.filter((_, m) => m !== j));
                  c.focusLater(`${id}-add`);
                }}
              >
                {T.strategy.remove(`${label} ${j + 1}`)}
              </button>
            </div>
          ))}
          <button
            type="button"
            id={`${id}-add`}
            className="add"
            onClick={() => {
              set([...list, '']);
              c.focusLater(list.length === 0 ? id : `${id}-${list.length}`);
            }}
          >
            {T.strategy.add(label.toLowerCase())}
          </button>
        </fieldset>
      );
      break;
    }
    case 'cadence': {
      group = true;
      const cad = (value ?? null) as { count: unknown; per: string } | null;
      control = (
        <fieldset className="cadence" aria-describedby={describedBy} aria-invalid={invalid ? true : undefined}>
          <legend>{label}</legend>
          <span className="control">
            <label htmlFor={id}>{T.fields.cadenceCount}</label>
            <NumberInput id={id} value={cad?.count ?? null} onChange={(v) => set(v === null ? null : { count: v, per: cad?.per ?? 'week' })} />
          </span>
          <span className="control">
            <label htmlFor={`${id}-per`}>{T.fields.cadencePer}</label>
            <select id={`${id}-per`} value={cad?.per ?? 'week'} disabled={!cad} onChange={(e) => cad && set({ ...cad, per: e.target.value })}>
              {CADENCE_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {T.per[p]}
                </option>
              ))}
            </select>
          </span>
        </fieldset>
      );
      break;
    }
    case 'effort': {
      group = true;
      const eff = (value ?? {}) as Record<string, unknown>;
      const forms = Object.keys(CONTENT_FORMS);
      const used = Object.keys(eff);
      const free = forms.filter((x) => !used.includes(x));
      control = (
        <fieldset className="effort" aria-describedby={describedBy}>
          <legend>{label}</legend>
          {used.map((form, j) => {
            const fid = j === 0 ? id : `${id}-${form}`;
            return (
              <div key={form} className="effort-row">
                <span className="control">
                  <label htmlFor={`${fid}-form`}>{T.fields.effortForm}</label>
                  <select
                    id={`${fid}-form`}
                    value={form}
                    onChange={(e) => set(Object.fromEntries(Object.entries(eff).map(([kk, vv]) => (kk === form ? [e.target.value, vv] : [kk, vv]))))}
                  >
                    {[form, ...free].map((x) => (
                      <option key={x} value={x}>
                        {CONTENT_FORMS[x as keyof typeof CONTENT_FORMS][lang]}
                      </option>
                    ))}
                  </select>
                </span>
                <span className="control">
                  <label htmlFor={fid}>{T.fields.effortHours}</label>
                  <NumberInput id={fid} value={eff[form]} onChange={(v) => set({ ...eff, [form]: v })} />
                </span>
                <button
                  type="button"
                  className="remove"
                  onClick={() => {
                    const { [form]: _, ...restEff } = eff;
                    set(restEff);
                    c.focusLater(`${id}-add`);
                  }}
                >
                  {T.fields.removeEffort(CONTENT_FORMS[form as keyof typeof CONTENT_FORMS][lang])}
                </button>
              </div>
            );
          })}
          {free.length > 0 ? (
            <button
              type="button"
              id={`${id}-add`}
              className="add"
              onClick={() => {
                set({ ...eff, [free[0]]: 1 });
                c.focusLater(used.length === 0 ? `${id}-form` : `${id}-${free[0]}-form`);
              }}
            >
              {T.fields.addEffort}
            </button>
          ) : null}
        </fieldset>
      );
      break;
    }
  }
  return (
    <div className={`control field k-${k.k}${def.wide ? ' wide' : ''}${notes.length > 0 ? ' has-findings' : ''}${errs.length > 0 ? ' has-errors' : ''}`} data-path={key}>
      {group ? null : <label htmlFor={id}>{label}</label>}
      {k.k === 'strings' ? <span className="hint">{T.strategy.linesHelp}</span> : null}
      {control}
      {errs.length > 0 ? (
        <p className="field-error" id={`${id}-err`}>
          {errs.join(' ')}
        </p>
      ) : null}
      <FindingNotes notes={notes} />
    </div>
  );
}

/** A list of entries (objectives, channels…): each a fieldset with its findings; add and remove. */
export function ListEditor({ def }: { def: ListDef }) {
  const c = useForm();
  const { T, lang } = c;
  const path = def.path.split('.');
  const list = (getIn(c.s, path) ?? []) as Record<string, unknown>[];
  const [single, heading, title] = T.lists[def.path] ?? [def.path, def.path, def.path];
  const hid = `h-${def.path.replace(/\./g, '-')}`;
  const addId = `${controlId(path)}-add`;
  return (
    <div className="list" data-list={def.path}>
      <h3 id={hid}>
        {heading} <span className="count">({list.length})</span>
      </h3>
      {list.length === 0 ? <p className="help">{T.strategy.empty}</p> : null}
      {list.map((e, i) => {
        const epath = [...path, String(i)];
        const ekey = epath.join('.');
        const name = nameOf(e[def.name], lang);
        const idText = typeof e.id === 'string' && e.id !== name ? e.id : typeof e.candidateKey === 'string' ? e.candidateKey : '';
        const legend = T.strategy.entry(title, String(i + 1), [name, idText && idText !== name ? `(${idText})` : ''].filter(Boolean).join(' '));
        const own = c.findings.get(`entry:${ekey}`) ?? [];
        return (
          <fieldset key={i} className={`entry${own.length > 0 ? ' has-findings' : ''}`} data-path={ekey}>
            <legend>{legend}</legend>
            <FindingNotes notes={own} />
            <div className="fields">
              {def.fields.map((fd) => (
                <Field key={fd.key} path={[...epath, fd.key]} def={fd} />
              ))}
            </div>
            <button
              type="button"
              className="remove entry-remove"
              aria-label={T.strategy.remove(legend)}
              onClick={() => {
                c.set(path, list.filter((_, j) => j !== i));
                c.announce(T.strategy.removed(legend));
                c.focusLater(addId);
              }}
            >
              {T.strategy.removeWord}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="add"
        id={addId}
        onClick={() => {
          const id = def.idPrefix ? freshId(list, def.idPrefix) : '';
          c.set(path, [...list, def.blank(c.s, id)]);
          const first = def.fields[0];
          if (first) c.focusLater(controlId([...path, String(list.length), first.key]));
        }}
      >
        {T.strategy.add(single)}
      </button>
    </div>
  );
}

