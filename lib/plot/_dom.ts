/**
 * A server-side DOM for Observable Plot. Plot needs a `document` to build its SVG; in a Deno process (tests,
 * the Jupyter kernel) there is none, so one is made with linkedom and shared by every render.
 *
 * Deno type-checks without the DOM library, so the few DOM members the helpers touch are described here.
 * @module
 */
import { parseHTML } from "linkedom";

/** An attribute as the DOM exposes it. */
export interface DomAttribute {
  readonly name: string;
  readonly value: string;
}

/** The members of a DOM element that the plot helpers use. */
export interface DomElement {
  readonly tagName: string;
  readonly outerHTML: string;
  textContent: string | null;
  readonly children: ArrayLike<DomElement>;
  readonly attributes: ArrayLike<DomAttribute>;
  readonly firstChild: DomElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  insertBefore(node: DomElement, reference: DomElement | null): DomElement;
}

/** The members of a DOM document that the plot helpers use (Plot itself uses more). */
export interface DomDocument {
  createElementNS(namespace: string, name: string): DomElement;
}

let shared: DomDocument | undefined;

/**
 * The shared linkedom document, created on first use.
 * @returns a document Plot can build charts with
 */
export function getDocument(): DomDocument {
  if (shared === undefined) {
    const window = parseHTML("<!DOCTYPE html><html><head></head><body></body></html>") as unknown as {
      document: DomDocument;
    };
    shared = window.document;
  }
  return shared;
}

/** The SVG namespace, set on every `<svg>` so the markup stands alone as an SVG file. */
export const SVG_NS = "http://www.w3.org/2000/svg";
