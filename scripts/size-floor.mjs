// Two bundles built through the CDN build's own Rollup config, to put the CDN entry's
// size in context (`npm run size` prints both):
// - the size floor: the smallest CDN entry the library could have with the parts no
//   design choice can remove: Lit, @lit/localize (reentrant, as the widgets run it),
//   every English string of the content modules and every icon, used by one element
//   with no logic and no CSS. The CDN entry minus this floor is what the elements'
//   code, their CSS and the language runtime cost: what a size budget can shrink.
// - the CDN entry with Lit and @lit/localize left out: our own code alone.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {rollup} from 'rollup';
import cdnConfig from '../rollup.config.mjs';

const ENTRY_ID = '\0people-move-size-floor';
const source = (path) => JSON.stringify(resolve('src', path));

/** Every content module and what it exports; each export is an object of message functions. */
const CONTENT = {
  'elements/pm-manifesto/pm-manifesto.content.ts': ['manifestoContent'],
  'elements/pm-share/pm-share.content.ts': ['shareContent'],
  'elements/pm-values/pm-values.content.ts': ['valuesContent'],
  'i18n/picker.content.ts': ['pickerContent'],
};

const ENTRY = `
import {LitElement, html, svg} from 'lit';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
${Object.entries(CONTENT)
  .map(([path, names]) => `import {${names.join(', ')}} from ${source(path)};`)
  .join('\n')}
import {VALUE_IDS} from ${source('elements/pm-values/pm-values.content.ts')};
import * as networkIcons from ${source('icons/networks.ts')};
import {valueIcons} from ${source('icons/values.ts')};

configureReentrantLocalization({sourceLocale: 'en', targetLocales: [], getLocale: () => 'en', loadLocaleSync: () => undefined});
const messages = (content) => Object.values(content).flatMap((message) => (message.length ? VALUE_IDS.map(message) : [message()]));
const icon = ({size, d}) => html\`<svg viewBox="0 0 \${size} \${size}">\${svg\`<path d=\${d}></path>\`}</svg>\`;

customElements.define('pm-size-floor', class extends LitElement {
  render() {
    return html\`\${[${Object.values(CONTENT).flat().join(', ')}].flatMap(messages).map((text) => html\`<p>\${text}</p>\`)}
      \${[...Object.values(networkIcons), ...Object.values(valueIcons)].map(icon)}\`;
  }
});
`;

/** Builds `inputOptions` in memory, nothing written; returns the entry chunk's code. Shared with size.mjs. */
export async function entryCode(inputOptions, outputOptions) {
  const bundle = await rollup({
    ...inputOptions,
    onwarn: (warning, warn) => {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  try {
    const {output} = await bundle.generate(outputOptions);
    return output.find((item) => item.type === 'chunk' && item.isEntry).code;
  } finally {
    await bundle.close();
  }
}

/** The size floor's code, minified as the CDN entry is. Run from the repository's root. */
export function floorBundle() {
  return entryCode({
    ...cdnConfig,
    input: ENTRY_ID,
    plugins: [
      {
        name: 'size-floor-entry',
        resolveId: (id) => (id === ENTRY_ID ? id : null),
        load: (id) => (id === ENTRY_ID ? ENTRY : null),
      },
      // Lit as published, with its own Trusted Types policy: the widgets' policy (issue 12) is their code, not the floor.
      ...cdnConfig.plugins.filter((plugin) => plugin.name !== 'widgets-trusted-types-policy'),
    ],
  }, cdnConfig.output);
}

/** Lit and @lit/localize, which a budget "without Lit" would leave out. */
export const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)(\/|$)/;

/** The CDN entry's code with Lit and @lit/localize left out (imported, not bundled). */
export function withoutLitBundle() {
  return entryCode({...cdnConfig, external: (id) => LIT.test(id)}, cdnConfig.output);
}

/** The path data of every icon module, for the check that the floor holds them all. */
export function iconPaths() {
  return ['icons/networks.ts', 'icons/values.ts'].flatMap((path) =>
    [...readFileSync(resolve('src', path), 'utf8').matchAll(/\bd: '([^']+)'/g)].map((match) => match[1]),
  );
}
