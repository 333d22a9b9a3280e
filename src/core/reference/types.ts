/**
 * Reference figures: published survey results that inform a choice (which channels, which
 * benefits to expect), kept as data with their source, year and sample size, never as bare
 * numbers. A figure the source does not state is not stored: `share` is null when the source
 * gives only the order (e.g. "Facebook first").
 */
import type { Labelled } from '../strategy/model.js';

export interface ReferenceSource {
  id: string;
  /** The study's title as published. */
  title: string;
  publisher: string;
  year: number;
  /** Number of respondents. */
  sampleSize: number;
  population: Labelled;
  /** Where we read the figures: the study itself, or the text that quotes it. */
  citedIn: string | null;
}

export type ReferenceTopic = 'platform-use' | 'benefit';

export interface ReferenceFigure {
  source: string;
  topic: ReferenceTopic;
  /** What the figure is about: a platform (a channel kind of the strategy model) or a benefit key. */
  subject: string;
  label: Labelled;
  /** Share of respondents, 0–1, or null when the source gives no figure. */
  share: number | null;
  /** Position in the source's order (1 = first), or null when not stated. */
  position: number | null;
  /** True when the source says it comes last. */
  last: boolean;
  /** What the figure means, in one sentence. */
  statement: Labelled;
}

export interface ReferenceDataset {
  source: ReferenceSource;
  figures: readonly ReferenceFigure[];
}
