/**
 * Writes the strategy report as Markdown (CommonMark with GitHub tables): the same sections as
 * the HTML report — the seven sections of the strategy skeleton, the checker's findings, the
 * maturity stage and the reference figures — with the Gantt as a Mermaid `gantt` block and the
 * calendar as a list per month. User text is escaped so that it cannot turn into markup.
 */
import { stageName } from '../../../core/maturity/index.js';
import { formatFigure } from '../../../core/reference/index.js';
import { backlog } from '../../../core/strategy/calendar.js';
import { ACTIVITY_LEVELS, CHANNEL_KINDS, CONTENT_FORMS, FREQUENCIES, ITEM_STATUSES, PROJECT_TYPES, type SectionKey } from '../../../core/strategy/model.js';
import { date, int, numUpTo } from '../format.js';
import { calendarMarkdown } from './calendar-grid.js';
import { ganttMermaid, ganttRows } from './gantt.js';
import type { StrategyReportInput } from './input.js';
import { makeView, type StrategyView } from './view.js';

/** Escapes Markdown's active characters in user text (and folds line breaks). */
export function md(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/([\\`*_{}[\]<>|#!~])/g, '\\$1');
}

function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  const out = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
  for (const r of rows) out.push(`| ${r.join(' | ')} |`);
  return out.join('\n');
}

function list(items: string[]): string {
  return items.map((x) => `- ${md(x)}`).join('\n');
}

function num(v: StrategyView, x: number | null, unit: string | null = null): string {
  return x === null ? v.m.none : md(`${numUpTo(v.lang, x, 2)}${unit ? `\u00a0${unit}` : ''}`);
}

function day(v: StrategyView, iso: string | null): string {
  return iso === null ? v.m.none : md(date(v.lang, iso, 'medium'));
}

function findings(v: StrategyView, k: SectionKey): string {
  const fs = v.findingsOf(k);
  if (fs.length === 0) return '';
  return `${fs.map((f) => `> **${md(v.m.severities[f.severity] ?? f.severity)}** — ${md(f.message)} (\`${f.where.replace(/`/g, '')}\`)`).join('\n>\n')}\n`;
}

function section(v: StrategyView, k: SectionKey, body: string[]): string {
  return `${[`## ${md(v.sectionTitle(k))}`, findings(v, k), ...body].filter((b) => b !== '').join('\n\n')}\n`;
}

function orEmpty(v: StrategyView, s: string): string {
  return s === '' ? `_${md(v.m.empty)}_` : s;
}

/** The complete Markdown strategy report. */
export function renderStrategyMarkdown(input: StrategyReportInput): string {
  const v = makeView(input);
  const { m, lang } = v;
  const s = input.strategy;
  const t = (x: Parameters<StrategyView['text']>[0]) => v.text(x);
  const out: string[] = [`# ${md(v.title)}`, '', `_${md(m.sectionsSkeleton)}_`, '', `## ${md(m.summary)}`, ''];
  for (const [k, val] of v.facts()) out.push(`- **${md(k)}**${m.colon.trimEnd()} ${md(val)}`);
  out.push('');

  out.push(
    section(v, 'vision', [
      t(s.vision.vision) ? `**${md(t(s.vision.vision))}**` : '',
      s.vision.mission !== null && t(s.vision.mission) ? `### ${md(m.mission)}\n\n${md(t(s.vision.mission))}` : '',
      s.vision.goals.length ? `### ${md(m.goals)}\n\n${list(s.vision.goals.map((g) => t(g.text) || g.id))}` : '',
      `### ${md(m.objectives)}`,
      orEmpty(
        v,
        table(
          [m.objective, m.goal, m.kpis, m.baseline, m.target, m.due].map(md),
          s.vision.objectives.map((o) => [
            md(t(o.text) || o.id),
            md(o.goal === null ? m.none : t(s.vision.goals.find((g) => g.id === o.goal)?.text) || o.goal),
            md(o.kpis.map((k) => v.kpi(k)).join(', ') || m.none),
            num(v, o.baseline, o.unit),
            num(v, o.target, o.unit),
            day(v, o.date),
          ]),
        ),
      ),
    ]),
  );

  const vo = s.voice;
  const texts = (xs: typeof vo.tone) => xs.map((x) => t(x)).filter((x) => x !== '');
  out.push(
    section(v, 'voice', [
      vo.valueProposition !== null && t(vo.valueProposition) ? `### ${md(m.valueProposition)}\n\n**${md(t(vo.valueProposition))}**` : '',
      vo.tone.length ? `### ${md(m.tone)}\n\n${list(texts(vo.tone))}` : '',
      vo.do.length ? `### ${md(m.do)}\n\n${list(texts(vo.do))}` : '',
      vo.dont.length ? `### ${md(m.dont)}\n\n${list(texts(vo.dont))}` : '',
      vo.samples.length ? `### ${md(m.samples)}\n\n${texts(vo.samples).map((x) => `> ${md(x)}`).join('\n>\n')}` : '',
      !vo.tone.length && !vo.do.length && !vo.dont.length && !vo.samples.length && vo.valueProposition === null ? `_${md(m.empty)}_` : '',
    ]),
  );

  const a = s.audiences;
  const segs = a.segments.map((sg) => {
    const lines = [`#### ${md(t(sg.name) || sg.id)}`, ''];
    if (sg.persona !== null && t(sg.persona)) lines.push(`- **${md(m.persona)}**${m.colon.trimEnd()} ${md(t(sg.persona))}`);
    if (sg.needs.length) lines.push(`- **${md(m.needs)}**${m.colon.trimEnd()} ${md(sg.needs.map((x) => t(x)).join(' ; '))}`);
    if (sg.questions.length) lines.push(`- **${md(m.questions)}**${m.colon.trimEnd()} ${md(sg.questions.map((x) => t(x)).join(' ; '))}`);
    if (sg.whereabouts.length) lines.push(`- **${md(m.whereabouts)}**${m.colon.trimEnd()} ${md(sg.whereabouts.join(', '))}`);
    return lines.join('\n');
  });
  out.push(
    section(v, 'audiences', [
      `### ${md(m.segments)}`,
      orEmpty(v, segs.join('\n\n')),
      a.influencers.length
        ? `### ${md(m.influencers)}\n\n${table(
            [m.influencer, m.segments, m.role, m.standing].map(md),
            a.influencers.map((i) => [`${md(i.name ?? i.candidateKey)} (\`${i.candidateKey.replace(/`/g, '')}\`)`, md(i.segments.map((x) => v.segment(x)).join(', ') || m.none), md(t(i.role) || m.none), md(v.standing(i.candidateKey))]),
          )}`
        : '',
      a.communities.length
        ? `### ${md(m.communities)}\n\n${table(
            [m.name, m.platform, m.size, m.activity].map(md),
            a.communities.map((c) => [md(c.name), md(c.platform), c.size === null ? m.none : md(int(lang, c.size)), md(c.activity ? ACTIVITY_LEVELS[c.activity][lang] : m.none)]),
          )}`
        : '',
    ]),
  );

  out.push(
    section(v, 'competition', [
      orEmpty(
        v,
        table(
          [m.name, m.channels, m.content, m.owns].map(md),
          s.competition.competitors.map((c) => [md(c.name), md(c.channels.join(', ') || m.none), md(c.content.map((x) => t(x)).join(' · ') || m.none), md(c.owns.map((x) => t(x)).join(' · ') || m.none)]),
        ),
      ),
    ]),
  );

  const p = s.plan;
  const rows = ganttRows(s, lang);
  const itemHead = [m.title, m.form, m.channel, m.segments, m.objectives, m.status, m.date, m.owner].map(md);
  const itemRow = (i: (typeof p.items)[number]) => [
    md(t(i.title) || i.id),
    md(CONTENT_FORMS[i.form][lang]),
    md(v.channel(i.channel) || m.none),
    md(i.segments.map((x) => v.segment(x)).join(', ') || m.none),
    md(i.objectives.map((x) => v.objective(x)).join(', ') || m.none),
    md(ITEM_STATUSES[i.status][lang]),
    day(v, i.date),
    md(v.person(i.owner) || m.none),
  ];
  const dated = p.items.filter((i) => i.date !== null).sort((x, y) => (x.date! < y.date! ? -1 : x.date! > y.date! ? 1 : 0));
  const undated = backlog(s).flatMap((b) => b.items);
  const currency = /^[A-Z]{3}$/.test(p.budget.currency) ? p.budget.currency : 'CAD';
  const money = (x: number) => md(new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency, maximumFractionDigits: 0 }).format(x));
  const budgetRows = p.budget.lines.map((l) => [md(t(l.label)), md(v.project(l.project) || m.none), money(l.amount)]);
  if (p.budget.total !== null) budgetRows.push([`**${md(m.total)}**`, '', `**${money(p.budget.total)}**`]);
  out.push(
    section(v, 'plan', [
      `### ${md(m.projects)}`,
      orEmpty(
        v,
        table(
          [m.project, m.type, m.objectives, m.owner, m.start, m.end].map(md),
          p.projects.map((pr) => [md(t(pr.name) || pr.id), md(PROJECT_TYPES[pr.type][lang]), md(pr.objectives.map((o) => v.objective(o)).join(', ') || m.none), md(v.person(pr.owner) || m.none), day(v, pr.start), day(v, pr.end)]),
        ),
      ),
      `### ${md(m.gantt)}`,
      ganttMermaid(rows, v.title, m.milestones) ?? `_${md(m.empty)}_`,
      p.milestones.length
        ? table(
            [m.milestones, m.date, m.project].map(md),
            [...p.milestones].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)).map((x) => [md(t(x.name) || x.id), day(v, x.date), md(v.project(x.project) || m.none)]),
          )
        : '',
      `### ${md(m.channels)}`,
      orEmpty(
        v,
        table(
          [m.channel, m.platform, m.segments, m.cadence, m.owner, m.referenceBeside].map(md),
          p.channels.map((c) => [
            md(c.name),
            md(CHANNEL_KINDS[c.kind]?.[lang] ?? c.kind),
            md(c.segments.map((x) => v.segment(x)).join(', ') || m.none),
            c.cadence ? md(m.cadenceOf(numUpTo(lang, c.cadence.count, 2), m.per[c.cadence.per] ?? c.cadence.per)) : m.none,
            md(v.person(c.owner) || m.none),
            md(v.channelFigures(c.id).map((f) => formatFigure(f, lang)).join(' ; ') || m.none),
          ]),
        ),
      ),
      `### ${md(m.items)}`,
      orEmpty(v, table(itemHead, dated.map(itemRow))),
      undated.length ? `#### ${md(m.backlog)}\n\n${table(itemHead, undated.map(itemRow))}` : '',
      `### ${md(m.resources)}`,
      p.people.length ? table([m.people, m.role, m.hoursPerWeek].map(md), p.people.map((x) => [md(x.name), md(x.role ?? m.none), num(v, x.hoursPerWeek)])) : '',
      budgetRows.length ? table([m.budget, m.project, m.amount].map(md), budgetRows) : '',
      `### ${md(m.calendar)}`,
      calendarMarkdown(s, lang, m, (id) => v.channel(id), md),
    ]),
  );

  const withKw = p.items.filter((i) => i.keywords.primary !== null || i.keywords.secondary.length > 0);
  out.push(
    section(v, 'seo', [
      `### ${md(m.seoTopics)}`,
      orEmpty(v, table([m.segments, m.topic].map(md), s.seo.topics.map((x) => [md(v.segment(x.segment)), md(x.topics.join(', '))]))),
      `### ${md(m.keywords)}`,
      orEmpty(v, table([m.title, m.primary, m.secondary, m.date].map(md), withKw.map((i) => [md(t(i.title) || i.id), md(i.keywords.primary ?? m.none), md(i.keywords.secondary.join(', ') || m.none), day(v, i.date)]))),
    ]),
  );

  out.push(
    section(v, 'kpis', [
      orEmpty(
        v,
        table(
          [m.name, m.formula, m.source, m.frequency, m.baseline, m.target].map(md),
          s.kpis.map((k) => [md(t(k.name) || k.id), k.formula ? md(k.formula) : m.none, md(k.source ?? m.none), md(k.frequency ? FREQUENCIES[k.frequency][lang] : m.none), num(v, k.baseline, k.unit), num(v, k.target, k.unit)]),
        ),
      ),
    ]),
  );

  out.push(`## ${md(m.findings)}`, '', md(m.findingsCount(v.counts.error, v.counts.warning, v.counts.info)), '');
  if (input.findings.length === 0) out.push(md(m.noFindings), '');
  else out.push(table([m.severity, m.rule, m.message, m.where].map(md), input.findings.map((f) => [md(m.severities[f.severity] ?? f.severity), `\`${f.rule.replace(/`/g, '')}\``, md(f.message), `\`${f.where.replace(/`/g, '')}\``])), '');

  out.push(`## ${md(m.maturity)}`, '');
  const mt = v.maturity;
  if (!mt || !input.maturity) out.push(`_${md(m.noMaturity)}_`, '');
  else {
    out.push(`_${md(m.assessedOn(date(lang, mt.date)))}_`, '', `**${md(mt.headline)}**`, '', md(mt.description), '');
    out.push(table(['#', md(m.stage), md(m.mean), md(m.met)], input.maturity.assessment.stages.map((st, i) => [String(i + 1), md(stageName(st.stage, lang)), md(numUpTo(lang, st.mean, 2)), st.met ? '✓' : ''])), '');
    out.push(`### ${md(m.why)}`, '', list(mt.reasons), '');
    if (mt.blocking.length) out.push(`### ${md(m.blocking)}`, '', list(mt.blocking), '');
    if (mt.ahead) out.push(md(mt.ahead), '');
    if (mt.nextSteps.length) out.push(`### ${md(m.nextSteps)}`, '', mt.nextSteps.map((x, i) => `${i + 1}. ${md(x)}`).join('\n'), '');
  }

  out.push(`## ${md(m.reference)}`, '', `_${md(m.referenceNote)}_`, '');
  out.push(`### ${md(m.platformsChart)}`, '', table([m.platform, '%'].map(md), v.platformBars().map((b) => [b.highlight ? `**${md(b.label)}** (${md(m.ours)})` : md(b.label), md(b.text)])), '');
  out.push(`### ${md(m.benefitsChart)}`, '', table([m.benefit, '%'].map(md), v.benefitBars().map((b) => [md(b.label), md(b.text)])), '');
  out.push(`${md(m.source)}${m.colon.trimEnd()} ${v.sources().map(md).join(' ; ')}`, '', '---', '', `_${md(m.generatedBy)}_`, '');
  return out.join('\n');
}

