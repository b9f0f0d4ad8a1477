import {msg} from '../../i18n/localization.js';

/** Ids of the six values, in the campaign's order; `values="…"` picks from these. */
export const VALUE_IDS = ['justice', 'equality', 'humanity', 'solidarity', 'creativity', 'accountability'] as const;
export type ValueId = (typeof VALUE_IDS)[number];

/**
 * Every string <pm-values> shows. The value names are the campaign's; the
 * heading is ours. Call while rendering.
 */
export const valuesContent = {
  heading: () =>
    msg('Our values', {id: 'values.heading', desc: 'Heading above the list of the campaign’s six values.'}),
  value: (id: ValueId): string => {
    switch (id) {
      case 'justice':
        return msg('Justice', {id: 'values.justice', desc: 'One of the campaign’s six values: one word.'});
      case 'equality':
        return msg('Equality', {id: 'values.equality', desc: 'One of the campaign’s six values: one word.'});
      case 'humanity':
        return msg('Humanity', {id: 'values.humanity', desc: 'One of the campaign’s six values: one word.'});
      case 'solidarity':
        return msg('Solidarity', {id: 'values.solidarity', desc: 'One of the campaign’s six values: one word.'});
      case 'creativity':
        return msg('Creativity', {id: 'values.creativity', desc: 'One of the campaign’s six values: one word.'});
      case 'accountability':
        return msg('Accountability', {
          id: 'values.accountability',
          desc: 'One of the campaign’s six values: one word (being answerable for one’s actions).',
        });
    }
  },
};
