/**
 * A new field of influence (POST /api/fields, as `eclaireur init`): its topic, home region and
 * languages; then its imports page, to bring its evidence in. The API's problems are shown under
 * the fields they name.
 */
import { useState } from 'react';
import { ApiError, type Field, postJson, type Problem } from '../api.js';
import { useI18n } from '../i18n.js';
import { navigate } from '../router.js';

export function NewFieldPage({ onCreated }: { onCreated(): void }) {
  const { t } = useI18n();
  const n = t.newField;
  const [topic, setTopic] = useState('');
  const [region, setRegion] = useState('');
  const [languages, setLanguages] = useState('fr, en');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const errorOf = (field: string) => problem?.errors?.find((e) => e.field === field || e.pointer?.startsWith(`/${field}`))?.detail ?? null;
  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const langs = languages
        .split(/[,\s]+/)
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean);
      const field = await postJson<Field>('/api/fields', { topic, region: region.trim() === '' ? null : region.trim(), languages: langs });
      onCreated();
      navigate(`/fields/${field.id}/imports`);
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { type: 'about:blank', title: String(e), status: 0 });
      setBusy(false);
    }
  };
  const fieldError = (name: string) => {
    const e = errorOf(name);
    return e ? (
      <p className="field-error" id={`new-${name}-error`}>
        {e}
      </p>
    ) : null;
  };
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{n.title}</h1>
      <p className="help">{n.intro}</p>
      <form
        className="new-field"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="control">
          <label htmlFor="new-topic">{n.topic}</label>
          <input id="new-topic" type="text" required maxLength={200} value={topic} onChange={(e) => setTopic(e.target.value)} aria-invalid={errorOf('topic') ? true : undefined} aria-describedby={errorOf('topic') ? 'new-topic-error' : undefined} />
          {fieldError('topic')}
        </div>
        <div className="control">
          <label htmlFor="new-region">{n.region}</label>
          <input id="new-region" type="text" maxLength={6} value={region} placeholder="CA-QC" onChange={(e) => setRegion(e.target.value)} aria-invalid={errorOf('region') ? true : undefined} aria-describedby={errorOf('region') ? 'new-region-error' : undefined} />
          {fieldError('region')}
        </div>
        <div className="control">
          <label htmlFor="new-languages">{n.languages}</label>
          <input id="new-languages" type="text" value={languages} onChange={(e) => setLanguages(e.target.value)} aria-invalid={errorOf('languages') ? true : undefined} aria-describedby={errorOf('languages') ? 'new-languages-error' : undefined} />
          {fieldError('languages')}
        </div>
        <button type="submit" disabled={busy || topic.trim() === ''}>
          {n.create}
        </button>
      </form>
      {problem ? (
        <p className="error" role="alert">
          <strong>{problem.title}</strong> {problem.detail ?? ''}
        </p>
      ) : null}
    </section>
  );
}
