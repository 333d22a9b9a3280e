/**
 * Finding the reference figures that bear on a channel: by the strategy model's channel kind
 * (`linkedin`, `x`, `facebook`…) or by a platform's name as people write it ("Twitter",
 * "X (Twitter)", "LinkedIn"). Names are compared without case, accents, spaces or
 * punctuation; Twitter and X are one platform.
 */
import { SOCIAL_MEDIA_EXAMINER_2018 } from './social-media-examiner-2018.js';
import type { ReferenceDataset, ReferenceFigure, ReferenceSource, ReferenceTopic } from './types.js';

/** Every dataset we hold, newest first. */
export const REFERENCE_DATASETS: readonly ReferenceDataset[] = [SOCIAL_MEDIA_EXAMINER_2018];

/** Platform name → subject (the channel kind), for the names that differ from the kind. */
const ALIASES: Record<string, string> = {
  twitter: 'x',
  xtwitter: 'x',
  twitterx: 'x',
  fb: 'facebook',
  meta: 'facebook',
  linkedinpulse: 'linkedin',
};

/** The lookup key of a platform or channel name. */
export function platformKey(name: string): string {
  const k = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return ALIASES[k] ?? k;
}

export function referenceSource(id: string): ReferenceSource | undefined {
  return REFERENCE_DATASETS.find((d) => d.source.id === id)?.source;
}

/** Every figure on one topic, in the source's order. */
export function referenceFigures(topic: ReferenceTopic, datasets: readonly ReferenceDataset[] = REFERENCE_DATASETS): ReferenceFigure[] {
  return datasets.flatMap((d) => d.figures.filter((f) => f.topic === topic));
}

/** The platform-use figures for a channel (by kind or platform name); empty when none. */
export function figuresForChannel(channel: string, datasets: readonly ReferenceDataset[] = REFERENCE_DATASETS): ReferenceFigure[] {
  const key = platformKey(channel);
  if (!key) return [];
  return datasets.flatMap((d) => d.figures.filter((f) => f.topic === 'platform-use' && f.subject === key));
}
