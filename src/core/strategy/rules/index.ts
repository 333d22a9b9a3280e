/**
 * The checker's rules, in the order findings of the same severity are reported (the order of
 * the strategy's sections, then the cross-cutting ones).
 */
import type { Rule } from '../model.js';
import { cadenceNorm } from './cadence-norm.js';
import { competitorChannels } from './competitor-channels.js';
import { idDuplicate } from './id-duplicate.js';
import { influencerStanding } from './influencer-standing.js';
import { itemOrphan } from './item-orphan.js';
import { itemSchedule } from './item-schedule.js';
import { keywordCannibalisation } from './keyword-cannibalisation.js';
import { kpiBaselineSource } from './kpi-baseline-source.js';
import { objectiveBaseline } from './objective-baseline.js';
import { objectiveMeasurable } from './objective-measurable.js';
import { personOverCapacity } from './person-over-capacity.js';
import { referenceUnknown } from './reference-unknown.js';
import { segmentUnreached } from './segment-unreached.js';

export const RULES: readonly Rule[] = [
  idDuplicate,
  referenceUnknown,
  objectiveMeasurable,
  objectiveBaseline,
  segmentUnreached,
  influencerStanding,
  competitorChannels,
  itemOrphan,
  itemSchedule,
  cadenceNorm,
  personOverCapacity,
  keywordCannibalisation,
  kpiBaselineSource,
];
