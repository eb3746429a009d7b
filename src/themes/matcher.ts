/** A hit of a pattern in a text. */
export interface Match<T> {
  /** Offset of the first character of the hit. */
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<string, number>;
  fail: number;
  /** Patterns ending here (own and through the failure chain), as [UTF-16 length, value]. */
  out: [number, T][];
}

/**
 * A multi-pattern matcher (Aho–Corasick): finds every occurrence of every pattern in one pass
 * over the text, so gathering theme mentions stays linear in the size of the corpus however
 * many names there are.
 */
export class Matcher<T> {
  private readonly nodes: Node<T>[] = [{ next: new Map(), fail: 0, out: [] }];

  constructor(patterns: Iterable<[string, T]>) {
    for (const [pattern, value] of patterns) {
      if (pattern.length === 0) continue;
      let state = 0;
      for (const ch of pattern) {
        let to = this.nodes[state]!.next.get(ch);
        if (to === undefined) {
          to = this.nodes.length;
          this.nodes.push({ next: new Map(), fail: 0, out: [] });
          this.nodes[state]!.next.set(ch, to);
        }
        state = to;
      }
      this.nodes[state]!.out.push([pattern.length, value]);
    }
    // Breadth-first failure links; each node inherits the outputs of its failure node.
    const queue: number[] = [...this.nodes[0]!.next.values()];
    for (let qi = 0; qi < queue.length; qi++) {
      const state = queue[qi]!;
      const node = this.nodes[state]!;
      for (const [ch, to] of node.next) {
        let f = node.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(ch)) f = this.nodes[f]!.fail;
        const target = this.nodes[f]!.next.get(ch);
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
    let state = 0;
    let offset = 0;
    for (const ch of text) {
      while (state !== 0 && !this.nodes[state]!.next.has(ch)) state = this.nodes[state]!.fail;
      state = this.nodes[state]!.next.get(ch) ?? 0;
      offset += ch.length;
      for (const [length, value] of this.nodes[state]!.out) {
        hits.push({ start: offset - length, end: offset, value });
      }
    }
    return hits;
  }
}
