// Custom Elements Manifest config, read by `npm run analyze` (the globs stay in
// package.json). Plugins, in order: alias types (`Theme`, `ShareVariant`) are
// written out as their literal unions, so the manifest, the README reference and
// editors offer `light | dark | auto` rather than a type name; then the VS Code
// HTML custom data and the JetBrains web-types are written into dist/ (shipped).
import {getTsProgram, typeParserPlugin} from '@wc-toolkit/type-parser';
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';

export default {
  overrideModuleCreation({ts, globs}) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program.getSourceFiles().filter((file) => globs.find((glob) => file.fileName.includes(glob)));
  },
  plugins: [
    typeParserPlugin({propertyName: 'type'}),
    customElementVsCodePlugin({outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true}),
    customElementJetBrainsPlugin({outdir: 'dist', webTypesFileName: 'web-types.json', hideLogs: true}),
  ],
};
