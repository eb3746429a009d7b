import { DEV_CLIENT_PATH } from './client-script.ts';

/**
 * A page as the dev server sends it: the built HTML with the dev client added before `</body>`,
 * told which build (`version`) the page came from.
 */
export function injectDevClient(html: string, version: number): string {
  const tag = `<script type="module" src="${DEV_CLIENT_PATH}?v=${version}"></script>`;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? `${html}${tag}` : `${html.slice(0, at)}${tag}${html.slice(at)}`;
}
