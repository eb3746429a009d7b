import { createHash } from 'node:crypto';
import { ROUTES, type SiteViews } from '../site/views/index.ts';

/**
 * A digest per parametrized page (by URL) of the route and the view it renders. The page's
 * template reads nothing else (tests/unit/site/views.test.ts), so under the same code and
 * options the same fingerprint means the same bytes.
 */
export function pageFingerprints(views: SiteViews): Map<string, string> {
  const out = new Map<string, string>();
  for (const route of ROUTES) {
    for (const page of views[route]) out.set(page.url, createHash('sha256').update(`${route}\0`).update(JSON.stringify(page.props.view())).digest('hex').slice(0, 32));
  }
  return out;
}
