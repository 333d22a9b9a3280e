/**
 * Turns a candidate's stored evidence into the lines a report shows under each index: kind,
 * date, value, a short detail (platform, peer, country, title…), source and origin.
 */
import type { EvidenceItem, ExternalRankEntry, Identity, Origin } from '../../core/domain.js';
import { KIND_BY_NAME } from '../../core/evidence/kinds.js';
import type { EvidenceLine } from './html.js';

const origin = (o: Origin | null): string | null => (o ? `${o.file}:${o.line}` : null);

export function evidenceLines(items: { evidence: EvidenceItem[]; identities: (Identity & { origin?: Origin | null })[]; externalRanks: ExternalRankEntry[] }): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  for (const id of items.identities) {
    lines.push({
      index: 'digital_identity',
      kind: 'identity',
      date: null,
      value: id.verified ? 1 : 0,
      detail: [id.platform, id.handle, id.url, id.verified ? '✓' : null].filter(Boolean).join(' · '),
      sourceUrl: id.url,
      origin: origin(id.origin ?? null),
    });
  }
  for (const e of items.evidence) {
    const spec = KIND_BY_NAME.get(e.kind)!;
    const detail = [e.attributes.title, e.platform, e.peer, e.country, e.language, e.fakeShare !== null ? `fake ${Math.round(e.fakeShare * 100)}%` : null, e.attributes.note]
      .filter((x): x is string => Boolean(x))
      .join(' · ');
    lines.push({ index: spec.index, kind: e.kind, date: e.date, value: e.value, detail, sourceUrl: e.sourceUrl, origin: origin(e.origin) });
  }
  for (const r of items.externalRanks) {
    lines.push({
      index: 'ranking_agreement',
      kind: 'external_rank',
      date: null,
      value: r.rank,
      detail: `${r.bandEnd !== undefined && r.bandEnd !== null ? `${r.rank}–${r.bandEnd} · ` : ''}${r.list}${r.year !== null ? ` (${r.year})` : ''}${r.listSize !== null ? ` / ${r.listSize}` : ''}`,
      sourceUrl: r.sourceUrl,
      origin: origin(r.origin),
    });
  }
  return lines;
}
