/** A hit of a pattern in a text. */
export interface Match<T> {
  /** Offset of the first character of the hit (UTF-16 units). */
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  /** Transitions by UTF-16 code unit. */
  next: Map<number, number>;
  fail: number;
  /** Patterns ending here (own and through the failure chain), as [UTF-16 length, value]. */
  out: [number, T][];
}

/**
 * A multi-pattern matcher (Aho–Corasick): finds every occurrence of every pattern in one pass
 * over the text, so gathering theme mentions stays linear in the size of the corpus however
 * many names there are. It walks UTF-16 code units, which matches whole characters exactly
 * because a pattern's surrogate pairs can only match the same pairs.
 */
export class Matcher<T> {
  private readonly nodes: Node<T>[] = [{ next: new Map(), fail: 0, out: [] }];

  constructor(patterns: Iterable<[string, T]>) {
    for (const [pattern, value] of patterns) {
      if (pattern.length === 0) continue;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const unit = pattern.charCodeAt(i);
        let to = this.nodes[state]!.next.get(unit);
        if (to === undefined) {
          to = this.nodes.length;
          this.nodes.push({ next: new Map(), fail: 0, out: [] });
          this.nodes[state]!.next.set(unit, to);
        }
        state = to;
      }
      this.nodes[state]!.out.push([pattern.length, value]);
    }
    // Breadth-first failure links; each node inherits the outputs of its failure node.
    const queue: number[] = [...this.nodes[0]!.next.values()];
    for (let qi = 0; qi < queue.length; qi++) {
      const node = this.nodes[queue[qi]!]!;
      for (const [unit, to] of node.next) {
        let f = node.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(unit)) f = this.nodes[f]!.fail;
        const target = this.nodes[f]!.next.get(unit);
        const fail = target !== undefined && target !== to ? target : 0;
        this.nodes[to]!.fail = fail;
        this.nodes[to]!.out.push(...this.nodes[fail]!.out);
        queue.push(to);
      }
    }
  }

  /** Every occurrence of every pattern in `text`, overlapping ones included, by end then length. */
  findAll(text: string): Match<T>[] {
    const hits: Match<T>[] = [];
    const nodes = this.nodes;
    const root = nodes[0]!.next;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (state === 0) {
        // Most characters start nothing: one lookup and on.
        const to = root.get(unit);
        if (to === undefined) continue;
        state = to;
      } else {
        let node = nodes[state]!;
        while (state !== 0 && !node.next.has(unit)) {
          state = node.fail;
          node = nodes[state]!;
        }
        state = node.next.get(unit) ?? 0;
      }
      const out = nodes[state]!.out;
      for (let k = 0; k < out.length; k++) {
        const [length, value] = out[k]!;
        hits.push({ start: i + 1 - length, end: i + 1, value });
      }
    }
    return hits;
  }
}
