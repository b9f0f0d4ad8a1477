// Harness commands that work the same in every engine. Each launcher file gives
// its launcher an `engine` object (see withEngine) that knows how its browser
// does a thing; this plugin hands the command to it:
// - `emulate-forced-colors` ({active}) and `serve-missing` ({urlPatterns}): ours;
// - `engine-lacks`: what the engine cannot be made to do, {capability: reason}
//   (`engine.lacks`), so a test can name and adapt itself before it runs;
// - `emulate-media` ({colorScheme}), `send-keys` ({down}/{up}) and `set-viewport`:
//   the stock commands of @web/test-runner-commands, taken over only where the
//   engine defines them (the stock ones need CDP or Playwright, or refuse WebDriver).
// Anything the engine does not define returns undefined, so the stock plugin runs.
const COMMANDS = {
  'engine-lacks': (engine) => engine.lacks ?? {},
  'emulate-forced-colors': (engine, session, payload) => engine.forcedColors?.(session, Boolean(payload?.active)),
  'serve-missing': (engine, session, payload) => engine.serveMissing?.(session, payload?.urlPatterns ?? []),
  'emulate-media': (engine, session, payload) =>
    payload?.colorScheme !== undefined && Object.keys(payload).length === 1 ? engine.colorScheme?.(session, payload.colorScheme) : undefined,
  'send-keys': (engine, session, payload) => engine.keys?.(session, payload),
  'set-viewport': (engine, session, payload) => engine.viewport?.(session, payload),
};

const plugin = {
  name: 'engine-commands',
  async executeCommand({command, payload, session}) {
    const engine = session.browser.engine;
    if (!engine || !(command in COMMANDS)) return undefined;
    return COMMANDS[command](engine, session, payload);
  },
};

export function engineCommandsPlugin() {
  return plugin;
}

/**
 * Gives `launcher` its engine's ways of doing the commands above. The test
 * runner puts its stock command plugins before the configured ones, so when
 * the runner first initialises a launcher this plugin is moved to the front
 * (the runner, its server and the launchers share one config object).
 */
export function withEngine(launcher, engine) {
  const initialize = launcher.initialize?.bind(launcher);
  launcher.engine = engine;
  launcher.initialize = async (config, ...rest) => {
    const at = config.plugins.indexOf(plugin);
    if (at > 0) config.plugins.unshift(...config.plugins.splice(at, 1));
    await initialize?.(config, ...rest);
  };
  return launcher;
}
