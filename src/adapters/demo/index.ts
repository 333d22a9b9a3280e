/**
 * The demonstration workspace (`eclaireur demo`): re-exports the generator of the fictional
 * field "Marketing B2B au Québec", its parameters and its word lists.
 */
export { DEMO_AS_OF, DEMO_FIELD, DEMO_PREVIOUS_AS_OF, demoKindCounts, generateDemo, type DemoOptions } from './generator.js';
export { DEMO_DEFAULTS, type Archetype, type ArchetypeProfile, type DemoDefaults, type Tier, type Trajectory } from './profiles.js';
export { DEMO_GRAPH_DEFAULTS, generateDemoGraph } from './graph.js';
