/**
 * The page the service worker shows for a page that is not saved on this device while offline.
 * Plain HTML without styles or scripts; like every page it carries a Content-Security-Policy
 * (here: nothing may run at all).
 */
export function offlinePage(base: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'none'; style-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'">
<title>离线 · 学习园地</title>
<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
</head>
<body>
<main>
<h1>这个页面还没有保存到本机</h1>
<p>现在没有网络连接，而这个页面尚未离线保存。</p>
<ul>
<li><a href="${base}">返回首页</a></li>
<li><a href="${base}search/">搜索已保存的内容</a></li>
</ul>
<p>联网后，在任一页面底部点击“离线学习”，即可把全部课程和搜索索引下载到本机。</p>
</main>
</body>
</html>
`;
}
