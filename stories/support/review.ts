import {html, LitElement, nothing} from 'lit';
import '../../src/elements/pm-manifesto/define.js';
import '../../src/elements/pm-values/define.js';
import '../../src/elements/pm-share/define.js';
import {directionOf} from '../../src/i18n/languages.js';

// The XLIFF files as text, bundled by Vite at build time: the page reads what translators wrote, notes and states included.
declare global {
  interface ImportMeta {
    glob(pattern: string, options: {query: string; import: string; eager: true}): Record<string, string>;
  }
}
const FILES = import.meta.glob('../../locales/*.xlf', {query: '?raw', import: 'default', eager: true});

/** The XLIFF file of `code`, parsed by the browser. */
function xliffOf(code: string): Document | undefined {
  const text = FILES[`../../locales/${code}.xlf`];
  return text === undefined ? undefined : new DOMParser().parseFromString(text, 'application/xml');
}

/** Every language with an XLIFF file. */
export const REVIEWABLE = Object.keys(FILES)
  .map((path) => /([^/]+)\.xlf$/.exec(path)![1])
  .sort();

interface Unit {
  id: string;
  english: string;
  translation: string | undefined;
  notes: Array<{from: string; text: string}>;
  review: string;
}

/** Text of a <source>/<target>, each placeholder as {equiv-text}. */
function flat(element: Element | null): string | undefined {
  if (!element) return undefined;
  let text = '';
  for (const node of element.childNodes) text += node.nodeType === 1 ? `{${(node as Element).getAttribute('equiv-text') ?? ''}}` : (node.textContent ?? '');
  return text.trim() === '' ? undefined : text;
}

function unitsOf(document: Document): Unit[] {
  return Array.from(document.getElementsByTagName('trans-unit'), (element) => {
    const target = element.getElementsByTagName('target')[0] ?? null;
    const translation = flat(target);
    const notes = Array.from(element.getElementsByTagName('note'), (note) => ({from: note.getAttribute('from') ?? '', text: note.textContent ?? ''}));
    const stale = notes.some((note) => note.from === 'previous-source');
    const review =
      translation === undefined ? 'missing: readers see the English'
      : stale ? 'stale: the English changed since'
      : element.getAttribute('approved') === 'yes' ? 'reviewed'
      : 'draft: needs review';
    return {id: element.getAttribute('id') ?? '', english: flat(element.getElementsByTagName('source')[0] ?? null) ?? '', translation, notes, review};
  });
}

/** The element that shows a message, by the message id's first part. */
const ELEMENT_OF: Record<string, string> = {manifesto: 'pm-manifesto', values: 'pm-values', share: 'pm-share', picker: 'pm-values'};

interface Place {
  where: string;
  overflow?: string;
}

/** Every element and shadow root under `root`, depth first. */
function* everyElement(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* everyElement(element.shadowRoot);
  }
}

const describeNode = (element: Element) => `<${element.localName}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}>`;

/** Where in `host` the text `words` (a message without its placeholders) is shown, and whether it overflows its box. */
function locate(host: Element, words: string): Place {
  const needle = words.split(/\{[^}]*\}/).sort((a, b) => b.length - a.length)[0]!.replace(/\s+/g, ' ').trim();
  if (!needle) return {where: 'only a placeholder'};
  for (const element of everyElement(host.shadowRoot ?? host)) {
    for (const node of element.childNodes) {
      if (node.nodeType !== 3 || !node.textContent!.replace(/\s+/g, ' ').includes(needle)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const text = range.getBoundingClientRect();
      // The box the text is laid out in: the nearest element that is not inline.
      let container = element;
      while (['inline', 'contents'].includes(getComputedStyle(container).display) && container.parentElement) container = container.parentElement;
      const box = container.getBoundingClientRect();
      const wide = container.scrollWidth > container.clientWidth + 1 || text.right > box.right + 1 || text.left < box.left - 1;
      const tall = container.clientHeight > 0 && container.scrollHeight > container.clientHeight + 1;
      // The elements break a word that is wider than its box rather than let it stick out: find such a word.
      // (Only runs between the places a line may break: spaces, hyphens, dashes, slashes.)
      const broken = [...node.textContent!.matchAll(/[^\s\-‐–—/]+/g)].find((word) => {
        const each = document.createRange();
        each.setStart(node, word.index);
        each.setEnd(node, word.index + word[0].length);
        return [...each.getClientRects()].filter((rect) => rect.width > 0).length > 1;
      });
      const size = `${Math.round(text.width)}×${Math.round(text.height)} px in ${Math.round(box.width)}×${Math.round(box.height)} px`;
      return {
        where: `${host.localName} ${describeNode(element)}`,
        overflow:
          wide || tall ? `overflows its box: text ${size}`
          : broken ? `overflows its box: “${broken[0]}” is wider than the box and is broken across lines`
          : undefined,
      };
    }
    for (const name of ['aria-label', 'title', 'placeholder']) {
      if (element.getAttribute(name)?.includes(needle)) return {where: `${host.localName} ${describeNode(element)}, ${name} (heard, not seen)`};
    }
  }
  return {where: `${host.localName}: not on screen until used (after a click, or without JavaScript)`};
}

/**
 * A reviewer's page for one language: the elements as a reader sees them, in a column of `width`
 * pixels, and a table of every message: English, translation, notes, review state, the part of
 * the element that shows it, and a flag when it overflows its box there.
 */
export class TranslationReview extends LitElement {
  static override properties = {lang: {type: String, reflect: true}, width: {type: Number}, places: {state: true}};
  override lang = 'cy';
  width = 320;
  places = new Map<string, Place>();

  protected override createRenderRoot() {
    return this;
  }

  protected override async updated(changed: Map<string, unknown>) {
    if (!changed.has('lang') && !changed.has('width')) return;
    const elements = Array.from(this.querySelectorAll<LitElement>('.review-elements > *'));
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise((done) => requestAnimationFrame(done));
    const places = new Map<string, Place>();
    const document = xliffOf(this.lang);
    for (const unit of document ? unitsOf(document) : []) {
      const host = this.querySelector(ELEMENT_OF[unit.id.split('.')[0]!] ?? 'pm-manifesto');
      if (host) places.set(unit.id, locate(host, unit.translation ?? unit.english));
    }
    this.places = places;
  }

  override render() {
    const document = xliffOf(this.lang);
    if (!document) return html`<p>No file locales/${this.lang}.xlf.</p>`;
    const units = unitsOf(document);
    const overflowing = units.filter((unit) => this.places.get(unit.id)?.overflow).length;
    const dir = directionOf(this.lang);
    return html`
      <div class="review-elements" style="inline-size: ${this.width}px">
        <pm-manifesto lang=${this.lang}></pm-manifesto>
        <pm-values lang=${this.lang} language-picker></pm-values>
        <pm-share lang=${this.lang}></pm-share>
      </div>
      <p class="review-summary" role="status">
        ${units.length} messages in locales/${this.lang}.xlf; ${units.filter((unit) => unit.review === 'reviewed').length} reviewed;
        ${overflowing} overflow${overflowing === 1 ? 's' : ''} their box at ${this.width} px.
      </p>
      <table class="review-table">
        <caption>Messages of locales/${this.lang}.xlf</caption>
        <thead>
          <tr><th scope="col">Message</th><th scope="col">English</th><th scope="col">Translation</th><th scope="col">Notes</th><th scope="col">Review</th><th scope="col">Shown in</th></tr>
        </thead>
        <tbody>
          ${units.map((unit) => {
            const place = this.places.get(unit.id);
            return html`<tr data-id=${unit.id} class=${place?.overflow ? 'overflows' : ''}>
              <th scope="row"><code>${unit.id}</code></th>
              <td lang="en" dir="ltr">${unit.english}</td>
              <td lang=${this.lang} dir=${dir}>${unit.translation ?? '—'}</td>
              <td>${unit.notes.map((note) => html`<p class="note-${note.from}"><strong>${note.from}:</strong> ${note.text}</p>`)}</td>
              <td>${unit.review}</td>
              <td>${place?.where ?? '…'}${place?.overflow ? html`<br /><strong class="overflow-flag">⚠ ${place.overflow}</strong>` : nothing}</td>
            </tr>`;
          })}
        </tbody>
      </table>`;
  }
}
customElements.define('translation-review', TranslationReview);
