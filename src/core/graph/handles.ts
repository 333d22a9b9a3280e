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

export function handleKey(raw: string): string {
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
