/**
 * Writes user strings safely into HTML: text and attribute escaping, the rule that only
 * http(s) addresses become links, and the anchor id of a candidate. Every name, title, detail
 * and URL in a report passes through here.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values; drops control characters. */
export function esc(s: string): string {
  // C0 controls other than tab/newline, and DEL/C1 controls, have no place in a report.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * The address to link to, when `url` is an absolute http or https URL; null otherwise
 * (javascript:, data:, relative paths, garbage). The result is the parsed, normalised form.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.username || u.password) return null;
  return u.href;
}

/** The host an http(s) address points to, for link texts. */
export function hostOf(href: string): string {
  try {
    return new URL(href).host;
  } catch {
    return href;
  }
}

/**
 * A valid, unique HTML id for a candidate: letters, digits and hyphens kept, every other code
 * point (including `_`) written as `_hex_`, so two different ids never collide.
 */
export function candidateAnchor(candidateId: string): string {
  let out = 'c-';
  for (const ch of candidateId) {
    out += /[A-Za-z0-9-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  }
  return out;
}

/** Removes terminal control characters (escape sequences) from a string shown in a terminal. */
export function termSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}
