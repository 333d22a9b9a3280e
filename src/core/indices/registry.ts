/**
 * The ten index modules, in the order of the source text, and the methodology text built from
 * the configuration actually used.
 */
import { INDEX_KEYS, type IndexKey, type Lang } from '../domain.js';
import { kindsOf } from '../evidence/kinds.js';
import type { RankingConfig } from '../ranking/config.js';
import { describeNormalisation } from '../ranking/normalise.js';
import { communityContribution } from './community-contribution.js';
import { digitalIdentity } from './digital-identity.js';
import { experience } from './experience.js';
import { internationalReach } from './international-reach.js';
import { mediaPresence } from './media-presence.js';
import { multiPlatformPresence } from './multi-platform-presence.js';
import { peerRecognition } from './peer-recognition.js';
import { publishing } from './publishing.js';
import { qualifiedAudience } from './qualified-audience.js';
import { rankingAgreement } from './ranking-agreement.js';
import type { IndexDescription, IndexModule } from './types.js';

export const INDEX_MODULES: Readonly<Record<IndexKey, IndexModule>> = {
  peer_recognition: peerRecognition,
  digital_identity: digitalIdentity,
  multi_platform_presence: multiPlatformPresence,
  publishing,
  community_contribution: communityContribution,
  media_presence: mediaPresence,
  international_reach: internationalReach,
  experience,
  qualified_audience: qualifiedAudience,
  ranking_agreement: rankingAgreement,
};

/** The unit of each index's raw signal, for the normalisation sentence. */
const RAW_UNIT: Record<IndexKey, { fr: string; en: string }> = {
  peer_recognition: { fr: 'pairs distincts pondérés', en: 'recency-weighted distinct peers' },
  digital_identity: { fr: 'points du composite', en: 'composite points' },
  multi_platform_presence: { fr: 'points du composite', en: 'composite points' },
  publishing: { fr: 'publications pondérées par mois', en: 'weighted publications per month' },
  community_contribution: { fr: 'contributions pondérées par an', en: 'weighted contributions per year' },
  media_presence: { fr: 'mentions pondérées par an', en: 'weighted mentions per year' },
  international_reach: { fr: 'points du composite', en: 'composite points' },
  experience: { fr: 'années', en: 'years' },
  qualified_audience: { fr: 'auditoire réel', en: 'real audience' },
  ranking_agreement: { fr: 'points de position moyenne', en: 'mean position points' },
};

export function indexLabel(key: IndexKey, lang: Lang): string {
  return INDEX_MODULES[key].label[lang];
}

/** The methodology of every index under `config`, in `lang`. */
export function describeMethodology(config: RankingConfig, lang: Lang): IndexDescription[] {
  return INDEX_KEYS.map((key) => {
    const m = INDEX_MODULES[key];
    const params = config.indices[key];
    const d = m.describe(params, lang);
    const kinds = kindsOf(key).map((k) => k.label[lang]).join(', ');
    const evidence = lang === 'fr' ? ` Preuves lues : ${kinds}.` : ` Evidence read: ${kinds}.`;
    return {
      key,
      label: m.label[lang],
      signal: d.signal + (key === 'experience' || key === 'international_reach' ? '' : evidence),
      normalisation: describeNormalisation(params.normalisation, RAW_UNIT[key][lang], lang),
      references: d.references,
      limits: d.limits,
    };
  });
}
