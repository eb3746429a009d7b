/** Inline enumerations (`一是…二是…三是…`) of a lesson, as runs of points. */
import type { Point } from '../shared/types.ts';

/**
 * Group points into enumerations: a run starts at ordinal 1 and continues while the ordinals
 * go up by one within the same paragraph.
 */
export function pointRuns(points: readonly Point[]): Point[][] {
  const runs: Point[][] = [];
  let current: Point[] = [];
  for (const point of points) {
    const last = current[current.length - 1];
    if (last && point.paragraphId === last.paragraphId && point.ordinal === last.ordinal + 1) {
      current.push(point);
    } else {
      if (current.length) runs.push(current);
      current = [point];
    }
  }
  if (current.length) runs.push(current);
  return runs.filter((run) => run[0]!.ordinal === 1);
}

/** End of a point's lead sentence. */
const LEAD_END = /[。；;：:！？!?\n]/u;

/**
 * A point's lead, verbatim: its text after the marker up to the first 。；：, split at the first
 * comma into head and tail (`要“刹玩风”` / `着力解决创业气氛不浓,开展积极性不高的问题`). Read from
 * the point's text rather than its title, whose extent is the structure stage's choice.
 */
export function leadClauses(point: Point): { head: string; tail: string } {
  const body = point.text.startsWith(point.marker) ? point.text.slice(point.marker.length) : point.title;
  const end = LEAD_END.exec(body);
  const lead = (end ? body.slice(0, end.index) : body).trim();
  const m = /[，,]/u.exec(lead);
  return m ? { head: lead.slice(0, m.index).trim(), tail: lead.slice(m.index + 1).trim() } : { head: lead, tail: '' };
}

/**
 * A short label for a point, verbatim from its text: the first clause of its lead without a
 * leading `要`, or the quoted term alone when the clause is just `要“刹玩风”` (or `“刹玩风`, when
 * the copy lost the closing mark).
 */
export function pointLabel(point: Point): string {
  return shortLabel(leadClauses(point).head);
}

/** `要“刹玩风”` → `刹玩风`; `“刹玩风` → `刹玩风`; `要完善领导责任制` → `完善领导责任制`. */
export function shortLabel(clause: string): string {
  let label = clause.trim();
  if (label.startsWith('要') && label.length >= 4) label = label.slice(1);
  const quoted = /^“([^“”]+)”?$/u.exec(label);
  return quoted ? quoted[1]! : label;
}

/**
 * Key terms quoted in a passage: `“助推器”`, and, where the copy lost the closing mark, the
 * `X` of `“X的作用` (a term followed by 的 and a short noun before the next punctuation).
 */
export function quotedTerms(text: string): string[] {
  const terms: string[] = [];
  for (const m of text.matchAll(/“([^“”，,。；;：:\s]{2,8})”/gu)) terms.push(m[1]!);
  for (const m of text.matchAll(/“([^“”，,。；;：:、\s的]{2,8})的[^“”，,。；;：:、\s的]{1,3}(?=[，,。；;：:、\s]|$)/gu)) terms.push(m[1]!);
  return terms;
}
