import {expect} from '@open-wc/testing';
import {defineElement} from '../src/define.js';
import {PeopleMoveManifesto} from '../src/elements/pm-manifesto/pm-manifesto.js';
import {VERSION} from '../src/version.js';
import {warningsDuring} from './support/element-checks.js';

describe('registration', () => {
  it('registers a tag once and keeps the first definition when asked again', async () => {
    class First extends PeopleMoveManifesto {}
    class Second extends PeopleMoveManifesto {}
    const warnings = await warningsDuring(() => {
      defineElement('pm-test-twice', First);
      defineElement('pm-test-twice', Second);
    });
    expect(customElements.get('pm-test-twice')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, and never throws, when another version already defined the tags', async () => {
    class Older extends HTMLElement {
      static version = '0.9.0';
    }
    class OtherOlder extends HTMLElement {
      static version = '0.9.0';
    }
    customElements.define('pm-test-old-a', Older);
    customElements.define('pm-test-old-b', OtherOlder);
    const warnings = await warningsDuring(() => {
      defineElement('pm-test-old-a', PeopleMoveManifesto);
      defineElement('pm-test-old-b', PeopleMoveManifesto);
    });
    expect(customElements.get('pm-test-old-a')).to.equal(Older);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.9.0').and.to.contain(VERSION);
  });
});
