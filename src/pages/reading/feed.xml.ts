import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { buildFeed } from '../../reading/index.ts';

/** The reading list as an Atom feed, one entry per month. */
export const GET: APIRoute = () => {
  const body = buildFeed(siteData().reading, {
    siteUrl: import.meta.env.SITE ?? 'http://localhost:4321',
    base: import.meta.env.BASE_URL,
    title: '学习园地 · 每月书单',
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
