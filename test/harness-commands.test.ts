import {expect} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, sendKeys, setViewport} from '@web/test-runner-commands';

// The harness commands other tests rely on, checked in every engine the suite runs in
// (test/support/*-launcher.mjs): a command an engine cannot do must fail, never do nothing.
describe('harness commands', () => {
  it('setViewport gives the page that viewport, or fails when the engine cannot', async () => {
    await setViewport({width: 500, height: 640});
    expect([innerWidth, innerHeight]).to.deep.equal([500, 640]);
    const narrow = await setViewport({width: 360, height: 640}).then(
      () => [innerWidth, innerHeight],
      (error: Error) => error.message,
    );
    if (typeof narrow === 'string') expect(narrow).to.contain('cannot give a 360 × 640 viewport');
    else expect(narrow).to.deep.equal([360, 640]);
    await setViewport({width: 800, height: 600});
  });

  it('sendKeys types, presses and holds a modifier down', async () => {
    const field = document.createElement('input');
    document.body.append(field);
    try {
      field.focus();
      await sendKeys({type: 'ab'});
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'KeyC'});
      await sendKeys({up: 'Shift'});
      await sendKeys({press: 'd'});
      expect(field.value).to.equal('abCd');
    } finally {
      field.remove();
    }
  });

  it('emulateMedia switches the colour scheme both ways', async () => {
    await emulateMedia({colorScheme: 'dark'});
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    await emulateMedia({colorScheme: 'light'});
    expect(matchMedia('(prefers-color-scheme: light)').matches).to.equal(true);
  });

  it('serve-missing makes the server answer 404 for matching URLs, and then stops', async () => {
    const url = new URL('../src/warn.ts', import.meta.url).href;
    await executeServerCommand('serve-missing', {urlPatterns: ['*/src/warn.ts']});
    try {
      expect((await fetch(url)).status).to.equal(404);
    } finally {
      await executeServerCommand('serve-missing', {urlPatterns: []});
    }
    expect((await fetch(url)).status).to.equal(200);
  });
});
