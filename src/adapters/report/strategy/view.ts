/**
 * What the HTML and Markdown writers share: names for the ids a strategy refers by (a segment,
 * objective, channel, person or project id shown as its name, or as the id when it names
 * nothing), the channels' reference figures, the findings per section, the calendar's load per
 * month, and the summary's counts.
 */
import type { Lang } from '../../../core/domain.js';
import { explainMaturity, stageOf, type MaturityExplanation } from '../../../core/maturity/index.js';
import { figuresForChannel, formatShare, referenceFigures, referenceSource, citeSource, type ReferenceFigure } from '../../../core/reference/index.js';
import { calendar } from '../../../core/strategy/calendar.js';
import { countBySeverity } from '../../../core/strategy/check.js';
import { CYCLE_PHASES, SECTIONS, SECTION_LABELS, textIn, type Finding, type SectionKey, type Severity, type Text } from '../../../core/strategy/model.js';
import { date } from '../format.js';
import { CHANNEL_PALETTE, type MonthStack, type ShareBar } from './charts.js';
import { monthLabel } from './gantt.js';
import { findingSection, type StrategyReportInput } from './input.js';
import { strategyReportMessages, type StrategyReportMessages } from './messages.js';

export interface StrategyView {
  input: StrategyReportInput;
  lang: Lang;
  m: StrategyReportMessages;
  title: string;
  text(t: Text | null | undefined): string;
  segment(id: string): string;
  objective(id: string): string;
  channel(id: string | null): string;
  person(id: string | null): string;
  project(id: string | null): string;
  kpi(id: string): string;
  /** CSS class of a channel (its colour). */
  channelClass(id: string | null): string;
  channelColour(id: string | null): string;
  /** Reference figures on the platform of a channel (by its kind). */
  channelFigures(id: string): ReferenceFigure[];
  sectionTitle(k: SectionKey): string;
  findingsOf(k: SectionKey): Finding[];
  /** Findings of no section (cross-cutting), after the sections'. */
  counts: Record<Severity, number>;
  maturity: (MaturityExplanation & { date: string; stageNumber: number; stageName: string }) | null;
  /** Who the plan's influencers are in the field's ranking, as text. */
  standing(candidateKey: string): string;
  monthStacks(): { months: MonthStack[]; series: { label: string; colour: string }[] };
  platformBars(): ShareBar[];
  benefitBars(): ShareBar[];
  /** "Social Media Examiner, 2018, n = 5,726" for the figures' sources. */
  sources(): string[];
  facts(): [string, string][];
}

export function makeView(input: StrategyReportInput): StrategyView {
  const { strategy: s, lang } = input;
  const m = strategyReportMessages(lang);
  const text = (t: Text | null | undefined) => textIn(t, lang);
  const name = <T extends { id: string }>(list: readonly T[], label: (x: T) => string) => {
    const map = new Map(list.map((x) => [x.id, label(x)]));
    return (id: string | null) => (id === null ? '' : (map.get(id) || id));
  };
  const segment = name(s.audiences.segments, (x) => text(x.name));
  const objective = name(s.vision.objectives, (x) => text(x.text));
  const channel = name(s.plan.channels, (x) => x.name);
  const person = name(s.plan.people, (x) => x.name);
  const project = name(s.plan.projects, (x) => text(x.name));
  const kpi = name(s.kpis, (x) => text(x.name));
  const chIndex = new Map(s.plan.channels.map((c, i) => [c.id, i]));
  const channelColour = (id: string | null) => (id !== null && chIndex.has(id) ? CHANNEL_PALETTE[chIndex.get(id)! % CHANNEL_PALETTE.length]! : '#8c959f');
  const channelClass = (id: string | null) => (id !== null && chIndex.has(id) ? `ch${chIndex.get(id)! % CHANNEL_PALETTE.length}` : 'ch-none');
  const sectionOf = new Map<string, SectionKey>(SECTIONS.map((k) => [k, k]));
  const bySection = new Map<SectionKey, Finding[]>();
  for (const f of input.findings) {
    const k = sectionOf.get(findingSection(f.where));
    if (!k) continue;
    let l = bySection.get(k);
    if (!l) bySection.set(k, (l = []));
    l.push(f);
  }
  const kinds = new Set(s.plan.channels.map((c) => c.kind as string));
  const bars = (topic: 'platform-use' | 'benefit', highlight: (f: ReferenceFigure) => boolean): ShareBar[] =>
    referenceFigures(topic).map((f) => ({
      label: f.label[lang],
      share: f.share,
      text: f.share !== null ? formatShare(f.share, lang) : f.position === 1 ? m.noFigure : m.lastNoFigure,
      highlight: highlight(f),
    }));
  let maturity: StrategyView['maturity'] = null;
  if (input.maturity) {
    const st = stageOf(input.maturity.assessment.stage);
    maturity = { ...explainMaturity(input.maturity.assessment, lang), date: input.maturity.date, stageNumber: st.number, stageName: st.name[lang] };
  }
  const view: StrategyView = {
    input,
    lang,
    m,
    title: input.title ?? m.defaultTitle(s.name),
    text,
    segment: (id) => segment(id),
    objective: (id) => objective(id),
    channel,
    person,
    project,
    kpi: (id) => kpi(id),
    channelClass,
    channelColour,
    channelFigures: (id) => {
      const ch = s.plan.channels.find((c) => c.id === id);
      return ch ? figuresForChannel(ch.kind) : [];
    },
    sectionTitle: (k) => `${SECTIONS.indexOf(k) + 1}. ${SECTION_LABELS[k][lang]}`,
    findingsOf: (k) => bySection.get(k) ?? [],
    counts: countBySeverity(input.findings),
    maturity,
    standing: (key) => {
      const st = input.influencers.get(key);
      if (!st) return m.notRanked;
      const parts = [st.rank !== null ? m.rankOf(st.rank, st.of) : m.notRanked];
      if (st.fakeShare !== null) parts.push(m.fake(formatShare(st.fakeShare, lang)));
      return parts.join(', ');
    },
    monthStacks: () => {
      const entries = calendar(s);
      const months: MonthStack[] = [];
      const series = s.plan.channels.map((c) => ({ label: c.name, colour: channelColour(c.id) }));
      const other = series.length;
      let needOther = false;
      const at = new Map<string, MonthStack>();
      for (const e of entries) {
        const ym = e.date.slice(0, 7);
        let ms = at.get(ym);
        if (!ms) {
          ms = { label: monthLabel(lang, Math.round(Date.parse(`${ym}-01T00:00:00Z`) / 86400000), 'narrow'), counts: new Array(other + 1).fill(0) };
          at.set(ym, ms);
          months.push(ms);
        }
        const k = e.channel !== null && chIndex.has(e.channel) ? chIndex.get(e.channel)! : other;
        if (k === other) needOther = true;
        ms.counts[k]!++;
      }
      return { months: months.slice(0, 24), series: [...series, { label: needOther ? m.none : '', colour: '#8c959f' }] };
    },
    platformBars: () => bars('platform-use', (f) => kinds.has(f.subject)),
    benefitBars: () => bars('benefit', (f) => f.subject === 'thought-leadership'),
    sources: () => {
      const ids = [...new Set(referenceFigures('platform-use').concat(referenceFigures('benefit')).map((f) => f.source))];
      return ids.map((id) => {
        const src = referenceSource(id)!;
        const cited = src.citedIn === null ? '' : lang === 'fr' ? ` (cité dans « ${src.citedIn} »)` : ` (quoted in “${src.citedIn}”)`;
        return `${src.title} — ${citeSource(src, lang)}${cited}`;
      });
    },
    facts: () => {
      const f: [string, string][] = [];
      if (s.organisation) f.push([m.organisation, s.organisation]);
      if (input.field) f.push([m.field, input.field.region ? `${input.field.topic} (${input.field.region})` : input.field.topic]);
      if (input.cycle) f.push([m.cycle, m.cycleOf(input.cycle.number, CYCLE_PHASES[input.cycle.phase][lang], date(lang, input.cycle.startedOn))]);
      f.push([m.asOf, date(lang, input.asOf)]);
      if (maturity) f.push([m.maturity, maturity.headline]);
      f.push([m.findings, m.findingsCount(view.counts.error, view.counts.warning, view.counts.info)]);
      return f;
    },
  };
  return view;
}
