/**
 * The embed builder page (builder/index.html): the choices a webmaster makes,
 * a live preview with the real elements at phone and desktop widths, and the
 * three outputs of src/export, the same module the `export` command uses.
 * It runs under the demo's strict policy: the DOM is built with
 * createElement and textContent, colours set through the CSSOM.
 */
import '../index.js';
import {nativeName, directionOf, loadNativeNames, SHIPPED_LOCALES} from '../i18n/languages.js';
import {TARGETS} from '../elements/pm-share/all-targets.js';
import {DEFAULT_NETWORKS, NETWORK_IDS} from '../elements/pm-share/targets.js';
import {checkOptions, emLength, ExportOptionError, exportEmbed, FORMATS, variantsOf, type ExportFormat, type Reservation} from '../export/index.js';
import {elementAttributes} from '../export/snippet.js';
import {hasManifesto, hasShare, type ExportElement, type ExportOptions} from '../export/options.js';
import {warnOnce} from '../warn.js';
import {setUpTabs} from './tabs.js';
import {networkRow} from './networks.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const form = $<HTMLFormElement>('choices');
const elementSelect = $<HTMLSelectElement>('element');
const langSelect = $<HTMLSelectElement>('lang');
const variantSelect = $<HTMLSelectElement>('variant');
const networkList = $<HTMLUListElement>('networks');
const screens = {phone: $('preview-phone'), desktop: $('preview-desktop')};
const status = $('copy-status');

const VARIANT_LABELS: Record<ExportElement, string> = {campaign: '', manifesto: 'Variant', values: 'Layout', share: 'Variant'};
const VARIANT_NAMES: Record<string, string> = {
  full: 'Full: the whole story',
  summary: 'Summary: vision, mission and link',
  grid: 'Grid of cards',
  list: 'List',
  inline: 'One line of words',
  labels: 'Icons and names',
  icons: 'Icons only',
};

await loadNativeNames();
for (const code of SHIPPED_LOCALES) {
  const option = new Option(`${nativeName(code)} (${code})`, code, code === 'en', code === 'en');
  option.lang = code;
  option.dir = directionOf(code);
  langSelect.add(option);
}

// Default networks first, in their order, then the others unticked.
for (const id of [...DEFAULT_NETWORKS, ...NETWORK_IDS.filter((each) => !DEFAULT_NETWORKS.includes(each))]) {
  networkList.append(networkRow(id, TARGETS[id].label(), DEFAULT_NETWORKS.includes(id), () => void refresh()));
}

setUpTabs($('outputs-title').parentElement!);

let integrity: string | undefined;
const integrityLoaded = fetch(new URL('../dist/cdn/integrity.json', document.baseURI))
  .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
  .then((table: Record<string, string>) => {
    integrity = table['people-move.js'];
  })
  .catch((error: unknown) => warnOnce('builder-integrity', `The builder could not read dist/cdn/integrity.json (${String(error).slice(0, 100)}).`));

/** Shows the fields that apply to the chosen element, and its variants. */
function showFieldsFor(element: ExportElement): void {
  const variants = variantsOf(element);
  $('variant-field').hidden = variants.length === 0;
  $('variant-label').textContent = VARIANT_LABELS[element];
  const previous = variantSelect.value;
  variantSelect.replaceChildren(...variants.map((value) => new Option(VARIANT_NAMES[value] ?? value, value)));
  if (variants.includes(previous)) variantSelect.value = previous;
  $('networks-field').hidden = !hasShare(element);
  $('url-field').hidden = !hasShare(element);
  $('heading-field').hidden = element === 'share';
  $('manifesto-field').hidden = !hasManifesto(element);
  $('shop-field').hidden = !hasManifesto(element);
}

/** A URL field's value when it is a web address; else its error shown beside it and nothing. */
function urlField(id: string, errorId: string, key: 'url' | 'manifestoHref' | 'shopHref'): string | undefined {
  const input = $<HTMLInputElement>(id);
  const value = input.value.trim();
  let message = '';
  if (value) {
    try {
      checkOptions({[key]: value});
    } catch (error) {
      if (!(error instanceof ExportOptionError)) throw error;
      message = `Not used: “${value.slice(0, 100)}” is not an address starting with https:// or http://.`;
    }
  }
  $(errorId).textContent = message;
  input.setAttribute('aria-invalid', String(message !== ''));
  return value && !message ? value : undefined;
}

/** The form's choices as checked export options. */
function readOptions(): ExportOptions {
  const element = elementSelect.value;
  const networks = [...networkList.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => box.value);
  return checkOptions({
    element,
    lang: langSelect.value,
    theme: $<HTMLSelectElement>('theme').value,
    accent: $<HTMLInputElement>('use-accent').checked ? $<HTMLInputElement>('accent').value : undefined,
    // None ticked: the element's own default set.
    networks: networks.length > 0 ? networks.join(' ') : undefined,
    variant: variantsOf(element as ExportElement).length > 0 ? variantSelect.value : undefined,
    headingLevel: $<HTMLSelectElement>('heading-level').value,
    url: urlField('url', 'url-error', 'url'),
    manifestoHref: urlField('manifesto-href', 'manifesto-error', 'manifestoHref'),
    shopHref: $<HTMLInputElement>('no-shop').checked ? 'none' : urlField('shop-href', 'shop-error', 'shopHref'),
  });
}

type Preview = HTMLElement & {updateComplete: Promise<unknown>};

/** Puts a fresh element with `options` in each screen; resolves once both have rendered. */
async function showPreview(options: ExportOptions): Promise<Preview[]> {
  const attributes = elementAttributes(options);
  const made = Object.values(screens).map((screen) => {
    const element = document.createElement(`pm-${options.element}`) as Preview;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (options.accent) element.style.setProperty('--pm-accent', options.accent);
    screen.replaceChildren(element);
    return element;
  });
  await Promise.all(made.map(rendered));
  return made;
}

/** Waits for an element and the People Move elements inside it to render, then for layout. */
async function rendered(element: Preview): Promise<void> {
  await element.updateComplete;
  const inner = [...(element.shadowRoot?.querySelectorAll<Preview>('pm-manifesto, pm-values, pm-share') ?? [])];
  await Promise.all(inner.map((each) => each.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

function measure([phone, desktop]: Preview[]): Reservation {
  const height = (element: Preview | undefined) =>
    element ? emLength(element.getBoundingClientRect().height, parseFloat(getComputedStyle(element).fontSize)) : '0em';
  return {phone: height(phone), desktop: height(desktop)};
}

const outputs: Partial<Record<ExportFormat, string>> = {};
let generation = 0;

/** Re-reads the form, redraws the preview and rewrites the three outputs. */
async function refresh(): Promise<void> {
  const mine = ++generation;
  document.body.dataset.busy = 'true';
  showFieldsFor(elementSelect.value as ExportElement);
  const options = readOptions();
  const previews = await showPreview(options);
  await integrityLoaded;
  const reservation = measure(previews);
  const written = await Promise.all(
    FORMATS.map((format) =>
      format === 'snippet' && !integrity
        ? Promise.resolve('The snippet needs dist/cdn/integrity.json: run `npm run build`.')
        : exportEmbed(format, options, {integrity, reservation}),
    ),
  );
  if (mine !== generation) return;
  FORMATS.forEach((format, index) => {
    const text = written[index] ?? '';
    outputs[format] = text;
    $(`code-${format}`).textContent = text;
    $(`size-${format}`).textContent = `${new TextEncoder().encode(text).length.toLocaleString('en')} bytes`;
  });
  // Tests wait for this: the outputs match the form.
  delete document.body.dataset.busy;
  document.body.dataset.ready = String(mine);
}

form.addEventListener('change', () => void refresh());
form.addEventListener('submit', (event) => event.preventDefault());
$<HTMLInputElement>('use-accent').addEventListener('change', (event) => {
  $<HTMLInputElement>('accent').disabled = !(event.target as HTMLInputElement).checked;
});
$<HTMLInputElement>('no-shop').addEventListener('change', (event) => {
  $<HTMLInputElement>('shop-href').disabled = (event.target as HTMLInputElement).checked;
});

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  button.addEventListener('click', async () => {
    const format = button.dataset.format as ExportFormat;
    const text = outputs[format] ?? '';
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = `Copied ${button.textContent?.replace(/^Copy /, '')}: paste it into your page.`;
    } catch {
      // No clipboard (an old browser, a refused permission): select the code so the person copies it by hand.
      const code = $(`code-${format}`);
      getSelection()?.selectAllChildren(code);
      status.textContent = 'The code could not be copied automatically. It is selected: copy it with your keyboard or menu.';
    }
  });
}

void refresh();
