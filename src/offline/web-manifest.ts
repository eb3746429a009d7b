/** One icon entry of the web app manifest. */
export interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** The web app manifest (`manifest.webmanifest`) for a deployment base such as `/` or `/xuexi/`. */
export function webManifest(base: string, icons: ManifestIcon[]): string {
  const manifest = {
    name: '学习园地',
    short_name: '学习园地',
    description: '专题学习、测验、每月书单与离线全文搜索',
    lang: 'zh-CN',
    dir: 'ltr',
    id: base,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#a61b1b',
    icons,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
