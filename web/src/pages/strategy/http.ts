/**
 * PUT and POST with a JSON body as the strategy and maturity pages send them: in the page's
 * language, a failure thrown as the API's problem (ApiError), as api.ts does for GET.
 */
import { ApiError, type Problem } from '../../api.js';
import { currentLang } from '../../i18n.js';

export async function sendJson<T>(method: 'PUT' | 'POST', path: string, body: unknown): Promise<T> {
  const r = await fetch(path, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json', 'accept-language': currentLang === 'fr' ? 'fr-CA' : 'en-CA' },
    body: JSON.stringify(body),
  });
  const text = await r.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: reported below.
  }
  if (!r.ok) {
    const p = json as Problem | null;
    throw new ApiError(p && typeof p === 'object' && 'title' in p ? p : { type: 'about:blank', title: r.statusText || `HTTP ${r.status}`, status: r.status, detail: text.slice(0, 300) });
  }
  return json as T;
}

/** A JSON pointer (`/vision/objectives/0/id`) or a checker's path (`vision.objectives[0].id`) as path segments. */
export function pathOf(where: string): string[] {
  if (where.startsWith('/')) return where.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  return where.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
}

/** The id of the form control of a path in the strategy (`f-vision-objectives-0-id`). */
export function controlId(path: readonly (string | number)[]): string {
  return `f-${path.join('-')}`;
}
