/* global __bench */
// shareon from its own dist files. The script under test starts here: its CSS (its icons live in
// it) and its ES build, then init().
try {
  const css = __bench.stylesheet('/node_modules/shareon/dist/shareon.min.css');
  const {init} = await import('/node_modules/shareon/dist/shareon.es.js');
  init();
  await css;
  await __bench.finish(() => [...document.querySelectorAll('.shareon')].every((box) => box.querySelector('[href]')));
} catch (error) {
  __bench.fail(error);
}
