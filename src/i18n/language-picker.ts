import {html, type TemplateResult} from 'lit';
import {directionOf, nativeName, SHIPPED_LOCALES} from './languages.js';
import {pickerContent} from './picker.content.js';

/**
 * The menu of every shipped language, each by its own name (once
 * `loadNativeNames()` is done), with `chosen` selected; `onPick` receives the
 * menu's change event (its listener runs with the element as `this`).
 */
export function languagePicker(chosen: string, onPick: (event: Event) => void): TemplateResult {
  // `?selected` is what server-rendered HTML shows (@lit-labs/ssr writes `.selected=${false}` as selected="false");
  // the element sets the menu's value after each render, which keeps it right after the reader has used it.
  return html`<div class="picker" part="language-picker">
    <label for="language">${pickerContent.label()}</label>
    <select id="language" @change=${onPick}>
      ${SHIPPED_LOCALES.map(
        (code) =>
          html`<option value=${code} lang=${code} dir=${directionOf(code)} ?selected=${code === chosen}>
            ${nativeName(code)}
          </option>`,
      )}
    </select>
  </div>`;
}
