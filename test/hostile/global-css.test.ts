// Issue 7, group 2: global CSS. The widgets land in pages styled by Bootstrap 5,
// Tailwind's preflight, a WordPress theme and a deliberately hostile sheet.
// In each, inside a 320 px column, every control the widget shows on a clean
// page must still be visible, reachable by a click at its centre, named,
// readable (WCAG AA contrast, computed from the rendered colours) and inside
// the column.
import {expect} from '@open-wc/testing';
import {loadBundle, mount, rightToLeftLocale, type ElementApi, type PmElement} from './support/bundle.js';
import {
  accessibleName,
  contrastsOf,
  controlsOf,
  deepElementFromPoint,
  describe as describeControl,
  isHitAtCentre,
  isVisible,
  overflowingElements,
} from './support/controls.js';

const SHEETS: Record<string, string[]> = {
  'Bootstrap 5': ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
  'Tailwind preflight': ['/node_modules/tailwindcss/preflight.css'],
  'WordPress theme': ['/test/hostile/css/wordpress-theme.css'],
  'hostile sheet': ['/test/hostile/css/hostile.css'],
  'all four at once': [
    '/node_modules/bootstrap/dist/css/bootstrap.min.css',
    '/node_modules/tailwindcss/preflight.css',
    '/test/hostile/css/wordpress-theme.css',
    '/test/hostile/css/hostile.css',
  ],
};

/** WCAG 2.2 AA target size (2.5.8): 24 × 24 CSS pixels. */
const MINIMUM_TARGET = 24;

/** Every element once plainly, once with its language menu, once right to left, and once per value of each enumerated attribute. */
function variants(elements: ElementApi[], rtl: string): {tag: string; attributes: Record<string, string>}[] {
  return elements.flatMap(({tag, attributes}) => [
    {tag, attributes: {}},
    {tag, attributes: {'language-picker': ''}},
    {tag, attributes: {lang: rtl}},
    ...attributes
      .filter((attribute) => attribute.enumerated)
      .flatMap(({name, values}) => values.map((value) => ({tag, attributes: {[name]: value}}))),
  ]);
}

async function useSheets(urls: string[]): Promise<void> {
  document.querySelectorAll('link[data-hostile]').forEach((link) => link.remove());
  await Promise.all(
    urls.map(
      (href) =>
        new Promise<void>((resolve, reject) => {
          const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href});
          link.dataset.hostile = '';
          link.addEventListener('load', () => resolve(), {once: true});
          link.addEventListener('error', () => reject(new Error(`${href} did not load`)), {once: true});
          document.head.append(link);
        }),
    ),
  );
}

interface Rendered {
  column: HTMLElement;
  widgets: {label: string; element: PmElement}[];
}

async function renderColumn(elements: ElementApi[], rtl: string): Promise<Rendered> {
  document.querySelectorAll('.hostile-column').forEach((column) => column.remove());
  const column = document.createElement('main');
  column.className = 'hostile-column entry-content container';
  column.style.inlineSize = '320px';
  column.style.maxInlineSize = '320px';
  document.body.append(column);
  const widgets = [];
  for (const {tag, attributes} of variants(elements, rtl)) {
    const label = `<${tag}${Object.entries(attributes)
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('')}>`;
    widgets.push({label, element: await mount(tag, attributes, column)});
  }
  return {column, widgets};
}

/** How many visible controls each widget shows: on a clean page, this is what every sheet must leave intact. */
function visibleControlCounts(rendered: Rendered): Map<string, number> {
  return new Map(rendered.widgets.map(({label, element}) => [label, controlsOf(element).filter(isVisible).length]));
}

describe('hostile pages: global CSS (group 2)', () => {
  let elements: ElementApi[];
  let clean: Map<string, number>;
  let rtl: string;
  const figures: string[] = [];

  before(async function () {
    this.timeout(60_000);
    elements = await loadBundle();
    rtl = await rightToLeftLocale(elements[0]!.tag);
    await useSheets([]);
    clean = visibleControlCounts(await renderColumn(elements, rtl));
  });

  after(() => {
    document.querySelectorAll('.hostile-column, link[data-hostile]').forEach((node) => node.remove());
    console.log(`[hostile] global CSS:\n  ${figures.join('\n  ')}`);
  });

  it('the checks catch a hidden, covered, nameless, faint or overflowing control', () => {
    const sample = document.createElement('div');
    sample.innerHTML = `
      <button id="hidden" style="display: none">Hidden</button>
      <div style="position: relative; inline-size: 10em">
        <button id="covered">Covered</button>
        <div style="position: absolute; inset: 0; background: white"></div>
      </div>
      <button id="nameless"><svg aria-hidden="true" width="16" height="16"></svg></button>
      <p style="color: #888; background: #999"><a id="faint" href="https://example.org/">Faint</a></p>
      <div id="frame" style="inline-size: 100px"><button id="wide" style="inline-size: 200px">Wide</button></div>`;
    document.body.append(sample);
    const get = (id: string) => sample.querySelector(`#${id}`)!;
    try {
      expect(isVisible(get('hidden')), 'display: none').to.equal(false);
      expect(isHitAtCentre(get('covered')), 'covered').to.equal(false);
      expect(accessibleName(get('nameless')), 'nameless').to.equal('');
      expect(contrastsOf(get('faint'))[0]!.ratio, 'faint').to.be.lessThan(4.5);
      expect(overflowingElements(get('wide'), get('frame')), 'wide').to.have.length(1);
    } finally {
      sample.remove();
    }
  });

  it('shows controls on a clean page to compare against', () => {
    expect([...clean.values()].reduce((sum, count) => sum + count, 0)).to.be.greaterThan(0);
  });

  for (const [name, urls] of Object.entries(SHEETS)) {
    it(`${name}: every control is visible, clickable, named, AA contrast, and the widgets fit 320 px`, async function () {
      this.timeout(60_000);
      await useSheets(urls);
      const rendered = await renderColumn(elements, rtl);
      const problems: string[] = [];
      let controls = 0;
      let lowestContrast = Infinity;
      let smallestTarget = Infinity;
      for (const {label, element} of rendered.widgets) {
        const all = controlsOf(element);
        const visible = all.filter(isVisible);
        if (visible.length < (clean.get(label) ?? 0)) {
          problems.push(`${label}: ${visible.length} of the ${clean.get(label)} controls shown on a clean page are visible`);
        }
        for (const control of visible) {
          controls++;
          const what = `${label} ${describeControl(control)}`;
          if (!isHitAtCentre(control)) {
            const box = control.getBoundingClientRect();
            const hit = deepElementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            problems.push(`${what}: a click at its centre lands on ${hit ? describeControl(hit) : 'nothing'}`);
          }
          if (!accessibleName(control)) problems.push(`${what}: no accessible name`);
          for (const {element: holder, ratio, required} of contrastsOf(control)) {
            lowestContrast = Math.min(lowestContrast, ratio / required);
            if (ratio < required) problems.push(`${what}: contrast ${ratio.toFixed(2)}:1 of <${holder.localName}>, AA needs ${required}:1`);
          }
          const box = control.getBoundingClientRect();
          smallestTarget = Math.min(smallestTarget, box.width, box.height);
          if (box.width < MINIMUM_TARGET || box.height < MINIMUM_TARGET) {
            problems.push(`${what}: target ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px, AA needs 24 × 24`);
          }
        }
        for (const outside of overflowingElements(element, rendered.column)) {
          problems.push(`${label}: <${outside.localName} class="${outside.getAttribute('class') ?? ''}"> sticks out of the 320 px column`);
        }
      }
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
        problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
      }
      figures.push(
        `${name}: ${rendered.widgets.length} widgets, ${controls} controls checked, ` +
          `contrast at least ${lowestContrast === Infinity ? 'n/a' : `${lowestContrast.toFixed(2)}× what AA asks`}, ` +
          `smallest target side ${smallestTarget === Infinity ? 'n/a' : `${smallestTarget.toFixed(1)} px`}, ${problems.length} problems`,
      );
      expect(controls, 'controls checked').to.be.greaterThan(0);
      expect(problems, problems.slice(0, 30).join('\n')).to.deep.equal([]);
    });
  }
});
