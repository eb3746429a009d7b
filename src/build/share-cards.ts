import type { SiteData } from '../shared/types.ts';
import { cardPath, shareCardSvg } from '../site/share-card.ts';
import type { OutputFile } from './data-files.ts';

/** Each source's share card (`cards/<id>.svg`), drawn from its title. */
export function shareCardFiles(data: SiteData): OutputFile[] {
  return data.docs.map((doc) => ({
    path: cardPath(doc.meta.id).slice(1),
    text: shareCardSvg({ title: doc.meta.title, kind: doc.meta.kind, date: doc.meta.date, organization: doc.meta.organization }),
  }));
}
