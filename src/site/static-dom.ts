/**
 * Just enough of the DOM for an island's builder (`h` in src/islands/quiz/dom.ts) to run at build
 * time, and the HTML of what it built. Pages use it to put an island's first view into the page,
 * so that its space is there before the script runs and nothing moves when it does. Node-only.
 */

const VOID = new Set(['input', 'br', 'img', 'hr', 'meta', 'link']);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

type Child = StaticElement | string;

/** An element that records attributes and children; events are ignored (nothing runs here). */
class StaticElement {
  readonly localName: string;
  readonly attrs = new Map<string, string>();
  childNodes: Child[] = [];
  parentElement: StaticElement | null = null;

  constructor(tag: string) {
    this.localName = tag;
  }

  get id(): string {
    return this.attrs.get('id') ?? '';
  }
  set className(value: string) {
    this.attrs.set('class', value);
  }
  get className(): string {
    return this.attrs.get('class') ?? '';
  }
  set textContent(value: string) {
    this.childNodes = value === '' ? [] : [value];
  }
  get children(): StaticElement[] {
    return this.childNodes.filter((c): c is StaticElement => typeof c !== 'string');
  }
  readonly classList = {
    add: (...names: string[]) => this.setClasses((set) => names.forEach((n) => set.add(n))),
    remove: (...names: string[]) => this.setClasses((set) => names.forEach((n) => set.delete(n))),
    toggle: (name: string, on?: boolean) => this.setClasses((set) => ((on ?? !set.has(name)) ? set.add(name) : set.delete(name))),
  };
  private setClasses(change: (set: Set<string>) => void): void {
    const set = new Set(this.className.split(/\s+/).filter(Boolean));
    change(set);
    this.className = [...set].join(' ');
  }
  setAttribute(name: string, value: string): void {
    this.attrs.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
  append(...nodes: Child[]): void {
    for (const node of nodes) {
      if (typeof node !== 'string') node.parentElement = this;
      this.childNodes.push(node);
    }
  }
  replaceChildren(...nodes: Child[]): void {
    this.childNodes = [];
    this.append(...nodes);
  }
  addEventListener(): void {}
  querySelectorAll(): StaticElement[] {
    return [];
  }
  querySelector(): null {
    return null;
  }

  /** The element as HTML. */
  get outerHTML(): string {
    const attrs = [...this.attrs].map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('');
    if (VOID.has(this.localName)) return `<${this.localName}${attrs}>`;
    const inner = this.childNodes.map((c) => (typeof c === 'string' ? escapeText(c) : c.outerHTML)).join('');
    return `<${this.localName}${attrs}>${inner}</${this.localName}>`;
  }
}

/**
 * Run `build` with a stand-in `document` and return the HTML of the elements it returns. Text
 * always goes in escaped, as the builder's own contract says.
 */
export function renderStatic(build: () => unknown[]): string {
  const g = globalThis as { document?: unknown };
  const previous = g.document;
  g.document = { createElement: (tag: string) => new StaticElement(tag) };
  try {
    return build()
      .map((node) => (node instanceof StaticElement ? node.outerHTML : typeof node === 'string' ? escapeText(node) : ''))
      .join('');
  } finally {
    g.document = previous;
  }
}
