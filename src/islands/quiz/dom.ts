/** A tiny element builder: text always goes in as text (content is never parsed as HTML). Browser-only. */

type Child = Node | string | null | undefined | false;

/** Attributes and properties of `h`; `class` and `text` are shorthands. */
export interface Props {
  class?: string;
  text?: string;
  [attr: string]: string | number | boolean | undefined;
}

/** Create an element with attributes (`false`/`undefined` omitted, `true` as empty) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (key === 'class') node.className = String(value);
    else if (key === 'text') node.textContent = String(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** Read the JSON data island (`<script type="application/json">`) inside `root`. */
export function readJson<T>(root: Element, selector = 'script[type="application/json"]'): T | undefined {
  const text = root.querySelector(selector)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** The element `[data-PREFIX-NAME]` inside `root`: an island's part its page must have. */
export function partOf(root: Element, prefix: string, name: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(`[data-${prefix}-${name}]`);
  if (!el) throw new Error(`missing [data-${prefix}-${name}]`);
  return el;
}
