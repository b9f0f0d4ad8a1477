// The People Move elements in React 19 JSX, Vue 3 templates and Svelte 5 markup,
// loaded with the package's types (dist/frameworks.d.ts refers to this file).
// The attributes and handlers come from the global `PeopleMoveWidgets`
// interface that dist/frameworks.d.ts declares. Each block augments a framework
// only where it is installed; it names no type of that framework, only the
// interface it augments, so a project without it gets no error even with
// `skipLibCheck: false`. A tag takes what `<div>` takes in that framework,
// except its own attributes (with their unions) and events (with their details).
export {};

type Tags = PeopleMoveWidgets['tags'];
type Div<Elements> = Elements extends {div: infer Props} ? Props : object;
/** A ref as React 19 takes it: an object from `useRef`, or a callback. */
type Ref<Element> = {current: Element | null} | ((element: Element | null) => void | (() => void)) | null;
type ReactProps<Elements, Tag extends keyof Tags> = Omit<Div<Elements>, keyof Tags[Tag] | 'ref'> &
  Tags[Tag] & {ref?: Ref<HTMLElementTagNameMap[Tag]>};
type SvelteProps<Elements, Tag extends keyof Tags> = Omit<Div<Elements>, keyof Tags[Tag]> & Tags[Tag];

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'pm-manifesto': ReactProps<IntrinsicElements, 'pm-manifesto'>;
      'pm-values': ReactProps<IntrinsicElements, 'pm-values'>;
      'pm-share': ReactProps<IntrinsicElements, 'pm-share'>;
      'pm-campaign': ReactProps<IntrinsicElements, 'pm-campaign'>;
    }
  }
}

declare module 'vue' {
  interface GlobalComponents {
    'pm-manifesto': new () => {$props: PeopleMoveWidgets['vueTags']['pm-manifesto']};
    'pm-values': new () => {$props: PeopleMoveWidgets['vueTags']['pm-values']};
    'pm-share': new () => {$props: PeopleMoveWidgets['vueTags']['pm-share']};
    'pm-campaign': new () => {$props: PeopleMoveWidgets['vueTags']['pm-campaign']};
  }
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'pm-manifesto': SvelteProps<SvelteHTMLElements, 'pm-manifesto'>;
    'pm-values': SvelteProps<SvelteHTMLElements, 'pm-values'>;
    'pm-share': SvelteProps<SvelteHTMLElements, 'pm-share'>;
    'pm-campaign': SvelteProps<SvelteHTMLElements, 'pm-campaign'>;
  }
}
