/**
 * The strategy report's writers (issue 6): self-contained HTML, Markdown, and PDF printed from
 * the HTML by headless Chromium.
 */
export type { StrategyReportInput } from './input.js';
export { renderStrategyHtml } from './html.js';
export { renderStrategyMarkdown } from './markdown.js';
export { ChromiumMissingError, PDF_DEFAULTS, findChromium, printPdf } from './pdf.js';
