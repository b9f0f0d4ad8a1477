import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/', 'wordpress/build/', 'node_modules/', 'storybook-static/', 'src/generated/', 'custom-elements.json', 'bench/results.json']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  lit.configs['flat/recommended'],
  {
    languageOptions: {globals: globals.browser},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      // Our base element defines the lifecycle: wc's guard-super-call cannot see through `super` in subclasses of it.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.mjs', '.storybook/**', 'bench/**/*.mjs', 'test/node/**/*.mjs', 'test/support/**/*.mjs', 'test/storybook/**/*.mjs', 'test/wordpress/**/*.mjs', 'wordpress/*.mjs'],
    languageOptions: {globals: globals.node},
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
);
