/**
 * The four People Move blocks in the block editor, written against WordPress's
 * own globals (wp.blocks, wp.element, wp.blockEditor, wp.components, wp.i18n)
 * so that no build step is needed. The canvas shows the real custom element
 * (the plugin enqueues its script in the editor), so every change in the
 * sidebar is previewed live. The blocks save nothing but their settings: the
 * server writes the element, its fallback text and the script tag.
 */
(function (wp, data) {
  'use strict';
  const {registerBlockType} = wp.blocks;
  const {createElement: el, Fragment} = wp.element;
  const {InspectorControls, useBlockProps} = wp.blockEditor;
  const {PanelBody, SelectControl, TextControl, ToggleControl, CheckboxControl, Button} = wp.components;
  const {__, sprintf} = wp.i18n;
  const defaults = data.defaults || {};

  const NETWORK_NAMES = {
    native: __('Device share menu', 'people-move'),
    copy: __('Copy link', 'people-move'),
    facebook: 'Facebook',
    x: 'X',
    linkedin: 'LinkedIn',
    whatsapp: 'WhatsApp',
    telegram: 'Telegram',
    bluesky: 'Bluesky',
    threads: 'Threads',
    mastodon: 'Mastodon',
    reddit: 'Reddit',
    email: __('Email', 'people-move'),
    instagram: 'Instagram',
  };
  const VALUE_NAMES = {
    justice: __('Justice', 'people-move'),
    equality: __('Equality', 'people-move'),
    humanity: __('Humanity', 'people-move'),
    solidarity: __('Solidarity', 'people-move'),
    creativity: __('Creativity', 'people-move'),
    accountability: __('Accountability', 'people-move'),
  };

  /** Block settings written as the element's attribute of the same name in kebab case, in this order (saved markup keeps it). */
  const PLAIN_SETTINGS = ['languagePicker', 'headingLevel', 'manifestoHref', 'shopHref', 'variant', 'layout', 'values', 'noHeading'];
  const SHARE_SETTINGS = ['url', 'mastodonServer', 'instagramHref', 'text', 'label', 'copyLabel', 'copiedLabel', 'copyFailedLabel'];
  const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

  /** The block's settings as the element's attributes, with the site's defaults where the block has none. */
  function elementProps(attributes) {
    const props = {};
    const pick = (name, value) => {
      if (value !== undefined && value !== '' && value !== false) props[name] = value === true ? '' : String(value);
    };
    pick('lang', attributes.lang || defaults.lang);
    pick('theme', attributes.theme || defaults.theme);
    for (const name of PLAIN_SETTINGS) pick(kebab(name), attributes[name]);
    pick('networks', attributes.networks || (attributes.variant === 'labels' || attributes.variant === 'icons' ? defaults.networks : ''));
    for (const name of SHARE_SETTINGS) pick(kebab(name), attributes[name]);
    const accent = attributes.accent || defaults.accent;
    if (/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(accent || '')) props.style = {'--pm-accent': accent};
    return props;
  }

  function languageOptions() {
    const options = [
      {value: '', label: __('The page’s language', 'people-move')},
      {value: 'auto', label: __('Each reader’s browser language', 'people-move')},
    ];
    for (const [code, name] of Object.entries(data.languages || {})) options.push({value: code, label: name});
    return options;
  }

  /** Checkboxes choose the networks; the chosen ones are listed in order, each with buttons to move it. */
  function NetworksControl({value, onChange}) {
    const chosen = value ? value.split(' ') : [];
    const set = (list) => onChange(list.join(' '));
    const move = (index, by) => {
      const list = chosen.slice();
      const [id] = list.splice(index, 1);
      list.splice(index + by, 0, id);
      set(list);
    };
    return el(
      'fieldset',
      {className: 'people-move-networks'},
      el('legend', null, __('Networks', 'people-move')),
      el('p', null, __('None chosen: the default set.', 'people-move')),
      (data.networks || []).map((id) =>
        el(CheckboxControl, {
          key: id,
          label: NETWORK_NAMES[id] || id,
          checked: chosen.includes(id),
          onChange: (on) => set(on ? chosen.concat(id) : chosen.filter((other) => other !== id)),
        }),
      ),
      chosen.length > 1 &&
        el(
          'ol',
          {'aria-label': __('Order of the networks', 'people-move')},
          chosen.map((id, index) =>
            el(
              'li',
              {key: id},
              el('span', null, NETWORK_NAMES[id] || id, ' '),
              el(Button, {
                variant: 'tertiary',
                disabled: index === 0,
                label: sprintf(__('Move %s up', 'people-move'), NETWORK_NAMES[id] || id),
                onClick: () => move(index, -1),
                icon: 'arrow-up-alt2',
              }),
              el(Button, {
                variant: 'tertiary',
                disabled: index === chosen.length - 1,
                label: sprintf(__('Move %s down', 'people-move'), NETWORK_NAMES[id] || id),
                onClick: () => move(index, 1),
                icon: 'arrow-down-alt2',
              }),
            ),
          ),
        ),
    );
  }

  function commonPanel(attributes, setAttributes) {
    return el(
      PanelBody,
      {title: __('Language and look', 'people-move')},
      el(SelectControl, {label: __('Language', 'people-move'), value: attributes.lang, options: languageOptions(), onChange: (lang) => setAttributes({lang})}),
      el(SelectControl, {
        label: __('Theme', 'people-move'),
        value: attributes.theme,
        options: [
          {value: '', label: __('Your site’s colours', 'people-move')},
          {value: 'light', label: __('Light', 'people-move')},
          {value: 'dark', label: __('Dark', 'people-move')},
          {value: 'auto', label: __('The reader’s system setting', 'people-move')},
        ],
        onChange: (theme) => setAttributes({theme}),
      }),
      el(TextControl, {
        label: __('Accent colour', 'people-move'),
        help: __('A hex colour such as #0b5d4b. Empty: the default.', 'people-move'),
        value: attributes.accent,
        onChange: (accent) => setAttributes({accent: accent.trim()}),
      }),
      el(ToggleControl, {
        label: __('Language menu for readers', 'people-move'),
        checked: !!attributes.languagePicker,
        onChange: (languagePicker) => setAttributes({languagePicker}),
      }),
    );
  }

  function headingLevel(attributes, setAttributes) {
    return el(SelectControl, {
      label: __('Heading level', 'people-move'),
      value: String(attributes.headingLevel || 2),
      options: [1, 2, 3, 4, 5, 6].map((level) => ({value: String(level), label: sprintf(__('Heading %d', 'people-move'), level)})),
      onChange: (level) => setAttributes({headingLevel: Number(level)}),
    });
  }

  function linkFields(attributes, setAttributes) {
    return [
      el(TextControl, {key: 'm', type: 'url', label: __('Manifesto address', 'people-move'), help: __('Empty: the campaign’s.', 'people-move'), value: attributes.manifestoHref, onChange: (manifestoHref) => setAttributes({manifestoHref})}),
      el(TextControl, {key: 's', label: __('T-shirt shop address', 'people-move'), help: __('Empty: the campaign’s; “none” hides the t-shirt link.', 'people-move'), value: attributes.shopHref, onChange: (shopHref) => setAttributes({shopHref})}),
    ];
  }

  /** The settings that only one element takes. */
  const ELEMENT_PANELS = {
    campaign: (a, set) => [headingLevel(a, set), ...linkFields(a, set)],
    manifesto: (a, set) => [
      el(SelectControl, {key: 'v', label: __('Variant', 'people-move'), value: a.variant, options: [{value: 'full', label: __('Full: vision, mission and story', 'people-move')}, {value: 'summary', label: __('Summary: vision, mission and the manifesto link', 'people-move')}], onChange: (variant) => set({variant})}),
      headingLevel(a, set),
      ...linkFields(a, set),
    ],
    values: (a, set) => {
      const chosen = a.values ? a.values.split(' ') : [];
      return [
        el(SelectControl, {key: 'l', label: __('Layout', 'people-move'), value: a.layout, options: [{value: 'grid', label: __('Grid of cards', 'people-move')}, {value: 'list', label: __('List, one per line', 'people-move')}, {value: 'inline', label: __('A line of words', 'people-move')}], onChange: (layout) => set({layout})}),
        el(
          'fieldset',
          {key: 'v'},
          el('legend', null, __('Values shown (none chosen: all six)', 'people-move')),
          (data.values || []).map((id) =>
            el(CheckboxControl, {key: id, label: VALUE_NAMES[id] || id, checked: chosen.includes(id), onChange: (on) => set({values: (on ? chosen.concat(id) : chosen.filter((o) => o !== id)).join(' ')})}),
          ),
        ),
        headingLevel(a, set),
        el(ToggleControl, {key: 'h', label: __('Hide the heading', 'people-move'), checked: !!a.noHeading, onChange: (noHeading) => set({noHeading})}),
      ];
    },
    share: (a, set) => [
      el(NetworksControl, {key: 'n', value: a.networks, onChange: (networks) => set({networks})}),
      el(SelectControl, {key: 'v', label: __('Buttons', 'people-move'), value: a.variant, options: [{value: 'labels', label: __('Icon and name', 'people-move')}, {value: 'icons', label: __('Icon only', 'people-move')}], onChange: (variant) => set({variant})}),
      el(TextControl, {key: 'u', type: 'url', label: __('Address shared', 'people-move'), help: __('Empty: this page.', 'people-move'), value: a.url, onChange: (url) => set({url})}),
      el(TextControl, {key: 'm', label: __('Mastodon server', 'people-move'), help: __('A host name such as mastodon.social. Empty: Mastodon’s share hub.', 'people-move'), value: a.mastodonServer, onChange: (mastodonServer) => set({mastodonServer: mastodonServer.trim()})}),
      el(TextControl, {key: 'i', type: 'url', label: __('Instagram profile', 'people-move'), value: a.instagramHref, onChange: (instagramHref) => set({instagramHref})}),
      el(TextControl, {key: 't', label: __('Words shared with the link', 'people-move'), help: __('Empty: the campaign’s vision, in the reader’s language.', 'people-move'), value: a.text, onChange: (text) => set({text})}),
      el(TextControl, {key: 'g', label: __('Label of the buttons', 'people-move'), help: __('Empty: “Share this”, in the reader’s language.', 'people-move'), value: a.label, onChange: (label) => set({label})}),
      el(TextControl, {key: 'c', label: __('“Copy link” button', 'people-move'), value: a.copyLabel, onChange: (copyLabel) => set({copyLabel})}),
      el(TextControl, {key: 'd', label: __('Said after copying', 'people-move'), value: a.copiedLabel, onChange: (copiedLabel) => set({copiedLabel})}),
      el(TextControl, {key: 'f', label: __('Said when the link could not be copied', 'people-move'), value: a.copyFailedLabel, onChange: (copyFailedLabel) => set({copyFailedLabel})}),
    ],
  };

  for (const element of ['campaign', 'manifesto', 'values', 'share']) {
    registerBlockType('people-move/' + element, {
      edit({attributes, setAttributes}) {
        return el(
          Fragment,
          null,
          el(
            InspectorControls,
            null,
            commonPanel(attributes, setAttributes),
            el(PanelBody, {title: __('Content', 'people-move')}, ELEMENT_PANELS[element](attributes, setAttributes)),
          ),
          el('div', useBlockProps(), el('pm-' + element, elementProps(attributes))),
        );
      },
      save: () => null,
    });
  }
})(window.wp, window.peopleMoveEditor || {});
