/**
 * DOM building with createElement, attributes and text nodes only: data never goes through an
 * HTML parser (no innerHTML anywhere in the panel).
 */
type Child = Node | string | number | false | null | undefined;
type Attrs = Record<string, string | number | boolean | undefined>;

function fill(el: Element, attrs: Attrs, children: readonly Child[]): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  fill(el, attrs, children);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  fill(el, attrs, children);
  return el;
}

let ids = 0;
/** A unique id for label/control pairs. */
export const uid = (prefix: string): string => `${prefix}-${++ids}`;

/** A text box for a number as the user types it ("12,5", "40 %"): checked by the caller, not the browser. */
export const numberInput = (attrs: Attrs): HTMLInputElement =>
  h('input', { type: 'text', inputmode: 'decimal', class: 'bp-number', ...attrs });
