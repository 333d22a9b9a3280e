/**
 * Writes Québec French typography into the report's own message templates: a non-breaking
 * space before « : ; ! ? % » and inside « guillemets ». Applied to the literal parts of the
 * message templates only, never to user data (names, titles, URLs are shown as given).
 */

const NBSP = '\u00a0';

/** Québec French typography of a literal message text. */
export function qc(s: string): string {
  return s
    .replace(/ +([:;!?%»])/g, `${NBSP}$1`)
    .replace(/« +/g, `«${NBSP}`);
}

/**
 * Tagged template for French messages: Québec typography on the literal parts, values
 * interpolated as they are.
 */
export function fr(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = qc(strings[0]);
  for (let i = 0; i < values.length; i++) out += String(values[i]) + qc(strings[i + 1]);
  return out;
}

/** Tagged template for English messages: plain interpolation (kept symmetrical with `fr`). */
export function en(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += String(values[i]) + strings[i + 1];
  return out;
}
