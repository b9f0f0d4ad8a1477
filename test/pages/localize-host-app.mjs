// A partner's own Lit app that localizes itself with @lit/localize in runtime
// mode, from the same module copy as the widgets' npm build (one
// node_modules, one bundle). Its one message is in French once `start()` ran.
import {configureLocalization, msg, updateWhenLocaleChanges} from '@lit/localize';
import {html, LitElement} from 'lit';

const french = {templates: {'host.greeting': 'Bonjour, voici notre campagne'}};

const {setLocale} = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async () => french,
});

class HostGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  render() {
    return html`<p>${msg('Hello, here is our campaign', {id: 'host.greeting'})}</p>`;
  }
}
customElements.define('host-greeting', HostGreeting);

export const start = () => setLocale('fr');
