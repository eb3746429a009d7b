import * as pagefind from 'pagefind';

/** Index the built pages with Pagefind's Node API and write `pagefind/` into the site. */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  try {
    if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind 索引失败：${added.errors.join('；')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('；')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
