/**
 * The maturity diagnostic (issue 6): Altimeter's six stages of social business transformation,
 * the questionnaire, the validation of answers, the stage rule and its explanation.
 */
export * from './stages.js';
export * from './questionnaire.js';
export * from './defaults.js';
export * from './answers.js';
export * from './assess.js';
export * from './explain.js';
