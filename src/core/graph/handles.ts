/**
 * The normalised name of an account, used to recognise the same account across an edge list,
 * a peer mention and an identity: `@Marie_Tremblay`, `marie_tremblay` and ` MARIE_TREMBLAY `
 * are one handle; `https://www.linkedin.com/in/marie/`, `http://linkedin.com/in/marie` and
 * `linkedin.com/in/marie?trk=x` are one URL. Rules, in order: trim; Unicode NFC; lower case;
 * a URL (has a scheme, or starts with `www.`, or looks like `host.tld/…`) loses its scheme,
 * `www.`, query, fragment and trailing slashes; anything else loses one leading `@`.
 *
 * Handles carry no platform: `@marie` on two platforms is one name. Give URLs where that
 * matters; the methodology says so.
 */

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;
const HOSTLIKE = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/;

/** Already normalised: only a-z, 0-9, `_`, `-` and `.` after the first character (most keys and handles). */
function plain(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.startsWith('www.')) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || (c === 46 && i > 0 && i < n - 1 && s.charCodeAt(i - 1) !== 46)) continue;
    return false;
  }
  // Without `/`, `:` or `@`, the rules below would change nothing (`host.tld` alone is a handle).
  return true;
}

export function handleKey(raw: string): string {
  if (plain(raw)) return raw;
  let s = raw.trim().normalize('NFC').toLowerCase();
  if (s === '') return s;
  const scheme = SCHEME.exec(s);
  if (scheme || s.startsWith('www.') || (HOSTLIKE.test(s) && s.includes('/'))) {
    if (scheme) s = s.slice(scheme[0].length);
    if (s.startsWith('www.')) s = s.slice(4);
    const cut = s.search(/[?#]/);
    if (cut >= 0) s = s.slice(0, cut);
    while (s.endsWith('/')) s = s.slice(0, -1);
    return s;
  }
  return s.startsWith('@') ? s.slice(1) : s;
}
