// Issue 7, group 7: bad attributes. fast-check feeds arbitrary strings to every
// attribute of every element (read from custom-elements.json): set before the
// element connects, then changed while it is live, then every button in it
// pressed. After each step: nothing thrown, no payload ran, every link
// is http:, https: or mailto:, nothing executable was created, and the element
// still renders.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {loadBundle, readElements, type PmElement} from './support/bundle.js';
import {deepElements, settled} from './support/controls.js';
import {CANARY, hostileProperty, hostileValue} from './support/hostile-values.js';

const RUNS = 200;
/** Property runs: fewer, since each also sets a 1 MB string now and then. */
const PROPERTY_RUNS = 100;
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const EXECUTABLE = 'script, iframe, frame, object, embed, base, meta, link[rel="import"], form[action], [formaction]';

let canaryCalls = 0;
const uncaught: string[] = [];
const consoleLines: string[] = [];

function hasOwnText(node: Element): boolean {
  return [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && Boolean(child.textContent?.trim()));
}

/** Why the element's rendering is unsafe or broken, or an empty list. */
function problemsOf(element: PmElement): string[] {
  const problems: string[] = [];
  const inside = deepElements(element.shadowRoot ?? element);
  for (const node of inside) {
    for (const name of ['href', 'xlink:href', 'src', 'action', 'srcdoc']) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      if (name !== 'href' && name !== 'xlink:href') {
        problems.push(`<${node.localName}> has ${name}="${value.slice(0, 60)}"`);
        continue;
      }
      let protocol: string;
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        protocol = 'unparsable';
      }
      if (!SAFE_PROTOCOLS.has(protocol)) problems.push(`<${node.localName}> links to ${protocol} (${value.slice(0, 60)})`);
    }
    for (const attribute of node.getAttributeNames()) {
      if (attribute.startsWith('on')) problems.push(`<${node.localName}> has an event handler attribute ${attribute}`);
    }
    if (node.matches(EXECUTABLE)) problems.push(`<${node.localName}> was created`);
  }
  const base = element.shadowRoot?.querySelector('[part~="base"]');
  if (!element.isConnected || !base) problems.push('no [part=base]: the element did not render');
  else if (!deepElements(base).some((node) => node.matches('a, button, select, svg, li') || hasOwnText(node))) problems.push('it rendered nothing');
  if (canaryCalls) problems.push(`a payload ran (${CANARY}() called ${canaryCalls} times)`);
  if (uncaught.length) problems.push(`uncaught: ${uncaught.join(' | ')}`);
  const foreign = consoleLines.filter((line) => !line.startsWith('[people-move]'));
  if (foreign.length) problems.push(`console output that is not a [people-move] warning: ${foreign.slice(0, 3).join(' | ')}`);
  return problems;
}

async function pressEveryButton(element: PmElement): Promise<void> {
  for (const button of deepElements(element.shadowRoot ?? element)) {
    if (button instanceof HTMLButtonElement && !button.disabled) button.click();
  }
  await settled(element);
}

// The manifest is read before the tests are declared, so that each attribute gets a test of its own.
const elements = await readElements();

describe('hostile pages: bad attributes (group 7)', () => {
  const figures: string[] = [];
  const originalWarn = console.warn;
  const originalError = console.error;
  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);

  before(async function () {
    this.timeout(60_000);
    await loadBundle();
    (window as unknown as Record<string, () => void>)[CANARY] = () => {
      canaryCalls++;
    };
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    // Random `lang` values each earn one warning: count them instead of flooding the log.
    console.warn = (...args: unknown[]) => consoleLines.push(args.map(String).join(' '));
    console.error = (...args: unknown[]) => consoleLines.push(`console.error: ${args.map(String).join(' ')}`);
  });

  after(() => {
    console.warn = originalWarn;
    console.error = originalError;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    const attributeRuns = figures.filter((figure) => figure.includes('[')).length;
    const propertyRuns = figures.length - attributeRuns;
    console.log(`[hostile] bad attributes: ${attributeRuns} attributes × ${RUNS} runs + ${propertyRuns} properties × ${PROPERTY_RUNS} runs, ` +
      `${(attributeRuns * RUNS + propertyRuns * PROPERTY_RUNS) * 2} values; ${consoleLines.length} [people-move] warnings; canary calls ${canaryCalls}`);
  });

  it('reads the elements and their attributes from the manifest', () => {
    expect(elements.length).to.be.greaterThanOrEqual(4);
    for (const element of elements) expect(element.attributes.length, element.tag).to.be.greaterThan(0);
  });

  it('the checks catch an unsafe rendering', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'open'});
    root.innerHTML = '<div part="base">x<a href="javascript:void 0">a</a><img src="data:," onload="void 0"></div>';
    document.body.append(host);
    const problems = problemsOf(host as unknown as PmElement);
    host.remove();
    expect(problems.join('\n')).to.contain('links to javascript:').and.to.contain('event handler attribute onload');
  });

  const column = document.createElement('div');
  before(() => document.body.append(column));
  after(() => column.remove());

  for (const {tag, attributes} of elements) {
    for (const {name, values} of attributes) {
      it(`<${tag} ${name}>: ${RUNS} arbitrary values, each set before connecting and then changed live`, async function () {
        this.timeout(60_000);
        const value = hostileValue(values);
        await fc.assert(
          fc.asyncProperty(value, value, async (first, second) => {
            const element = document.createElement(tag) as PmElement;
            element.setAttribute(name, first);
            column.append(element);
            await settled(element);
            const steps: [string, string[]][] = [[`set before connecting to ${JSON.stringify(first.slice(0, 80))}`, problemsOf(element)]];
            element.setAttribute(name, second);
            await settled(element);
            steps.push([`changed live to ${JSON.stringify(second.slice(0, 80))}`, problemsOf(element)]);
            await pressEveryButton(element);
            steps.push(['after pressing every button', problemsOf(element)]);
            element.remove();
            const failed = steps.filter(([, problems]) => problems.length);
            expect(failed.map(([step, problems]) => `<${tag} ${name}> ${step}: ${problems.join('; ')}`).join('\n')).to.equal('');
          }),
          {numRuns: RUNS, includeErrorInReport: true},
        );
        figures.push(`${tag}[${name}]`);
      });
    }
  }

  // Issue 12, item 3: React 19 and Vue set properties, with any type. Same checks, property by property.
  describe('field: properties set by frameworks, every type', () => {
    /** A value for a failure report: fast-check's own printing could trip over a hostile object. */
    const shown = (value: unknown) => {
      try {
        return typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : `${typeof value} ${Object.prototype.toString.call(value)}`;
      } catch {
        return `${typeof value} (unprintable)`;
      }
    };
    for (const {tag, attributes} of elements) {
      for (const {name, fieldName, values} of attributes) {
        if (!fieldName) continue;
        it(`<${tag}>.${fieldName}: ${PROPERTY_RUNS} values of every type, each set before connecting and then changed live`, async function () {
          this.timeout(120_000);
          const value = hostileProperty(values);
          await fc.assert(
            fc.asyncProperty(value, value, async (first, second) => {
              const element = document.createElement(tag) as PmElement & {[key: string]: unknown};
              element[fieldName] = first;
              column.append(element);
              await settled(element);
              const steps: [string, string[]][] = [[`set before connecting to ${shown(first)}`, problemsOf(element)]];
              element[fieldName] = second;
              await settled(element);
              steps.push([`changed live to ${shown(second)}`, problemsOf(element)]);
              await pressEveryButton(element);
              steps.push(['after pressing every button', problemsOf(element)]);
              element.remove();
              const failed = steps.filter(([, problems]) => problems.length);
              expect(failed.map(([step, problems]) => `<${tag}>.${fieldName} (${name}) ${step}: ${problems.join('; ')}`).join('\n')).to.equal('');
            }),
            {numRuns: PROPERTY_RUNS, includeErrorInReport: true},
          );
          figures.push(`${tag}.${fieldName}`);
        });
      }
    }

    it('threw nothing and ran no payload, over all the property runs', async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(canaryCalls, 'payload calls').to.equal(0);
      expect(uncaught, 'uncaught errors').to.deep.equal([]);
      const properties = elements.flatMap((element) => element.attributes).filter((attribute) => attribute.fieldName).length;
      expect(properties, 'properties in the manifest').to.be.greaterThanOrEqual(20);
      expect(figures.filter((figure) => figure.includes('.')).length, 'properties fuzzed').to.equal(properties);
    });
  });

  it('ran no payload late (an image error, a frame load) and threw nothing, over all the runs', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(canaryCalls, 'payload calls').to.equal(0);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    // Mocha runs this suite's tests before its inner suite's: the properties are counted there.
    expect(figures.filter((figure) => figure.includes('[')).length, 'attributes fuzzed').to.equal(elements.reduce((sum, element) => sum + element.attributes.length, 0));
  });
});
