import {msg} from './localization.js';

/** The strings of the language picker that any element can show. */
export const pickerContent = {
  label: () =>
    msg('Language', {id: 'picker.label', desc: 'Label of the menu that changes the language of this campaign box.'}),
};
