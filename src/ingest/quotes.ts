/** A lost closing quotation mark: insert `”` at `at`. */
export interface QuoteInsert {
  at: number;
  /** Where its opening `“` is. */
  open: number;
}

/** An opening `“` whose closing point cannot be told from the text. */
export interface UnclosedQuote {
  open: number;
  /** Where the quote can end at the latest: the next `“` or the end of the text. */
  end: number;
}

// A term in a series of quoted terms: no punctuation, no space, short.
const TERM = /^[^\s\p{P}\p{S}]{1,12}$/u;
const TERM_END = /[\s\p{P}]/u;

/**
 * Close the quotation marks a copy lost where the closing point is unambiguous: a series of quoted
 * terms (`“刹玩风、“树正风、“倡廉风、“治会风,` → `“刹玩风”、“树正风”、“倡廉风”、“治会风”,`), where
 * each term ends at the `、` (or nothing) before the next `“`, and the last term of such a series when
 * it ends at punctuation and is no longer than the others. Every other unclosed quote is returned to
 * be flagged, not guessed.
 */
export function closeQuotes(text: string): { inserts: QuoteInsert[]; unclosed: UnclosedQuote[] } {
  const open: UnclosedQuote[] = [];
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') {
      if (at >= 0) open.push({ open: at, end: i });
      at = i;
    } else if (ch === '”') at = -1;
  }
  if (at >= 0) open.push({ open: at, end: text.length });

  const inserts: QuoteInsert[] = [];
  const unclosed: UnclosedQuote[] = [];
  // Lengths of the terms of the series the current quote may continue, and where it ended.
  let series: number[] = [];
  let seriesEnd = -1;
  for (const q of open) {
    const chained = series.length > 0 && seriesEnd === q.open;
    if (!chained) series = [];
    const region = text.slice(q.open + 1, q.end);
    const term = region.endsWith('、') ? region.slice(0, -1) : region;
    if (q.end < text.length && TERM.test(term)) {
      inserts.push({ at: q.open + 1 + term.length, open: q.open });
      series.push(term.length);
      seriesEnd = q.end;
      continue;
    }
    if (chained && series.length >= 2) {
      const m = TERM_END.exec(region);
      const length = m ? m.index : region.length;
      if (length >= 1 && length <= Math.max(...series) + 1 && TERM.test(region.slice(0, length))) {
        inserts.push({ at: q.open + 1 + length, open: q.open });
        series = [];
        continue;
      }
    }
    series = [];
    unclosed.push(q);
  }
  return { inserts, unclosed };
}
