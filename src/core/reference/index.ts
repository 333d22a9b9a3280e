/** Reference figures (issue 6): published survey figures with their source, year and sample. */
export * from './types.js';
export * from './social-media-examiner-2018.js';
export * from './lookup.js';
export * from './format.js';
