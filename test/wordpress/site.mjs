// A real WordPress on 127.0.0.1 for the plugin's end-to-end test (GUIDE §8): one
// MariaDB on a Unix socket (no TCP port), and per WordPress version a copied tree
// served by `php -S` with a router, installed by a PHP script. Each server runs in
// its own process group (setsid) and is stopped by it.
import {execFileSync, spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {unzipSync} from 'fflate';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// WordPress 6.5 comes from the npm package @wp-playground/wordpress-builds@0.9.19, a 158 MB
// tarball: not a devDependency (every `npm ci` would fetch it) but unpacked here on demand,
// the way .ci/run does (README, "Scripts").
const playground = join(root, 'node_modules', '.cache', 'wp-playground', 'package');
export const PLUGIN_ZIP = join(root, 'wordpress', 'build', 'people-move.zip');

/** The two WordPress trees: Debian's package (6.1) and the npm package's build (6.5). */
export const VERSIONS = [
  {name: '6.1', debian: '/usr/share/wordpress'},
  {name: '6.5', zip: join(playground, 'src', 'wordpress', 'wp-6.5.zip'), assets: join(playground, 'public', 'wp-6.5')},
];

/** Why one version cannot run here (its tree is not unpacked), or undefined. */
export function missingVersion(version) {
  if (!version.zip || existsSync(version.zip)) return undefined;
  return `WordPress ${version.name} is not unpacked at ${dirname(dirname(dirname(version.zip)))} (README, "Scripts", has the command; .ci/run does it)`;
}

/** Why the test cannot run here, or undefined when everything it needs is installed. */
export function missing() {
  const need = [
    ['/usr/share/wordpress/wp-includes/version.php', 'Debian\'s `wordpress` package is not installed'],
    ['/usr/sbin/mariadbd', 'Debian\'s `mariadb-server` package is not installed'],
    ['/usr/bin/mariadb-install-db', 'Debian\'s `mariadb-server` package is not installed'],
    ['/usr/bin/php', 'Debian\'s `php-cli` package is not installed'],
    [PLUGIN_ZIP, 'the plugin zip is not built (npm run build && npm run build:wordpress)'],
  ];
  for (const [path, why] of need) if (!existsSync(path)) return `${why}: ${path} is missing`;
  if (!execFileSync('php', ['-m'], {encoding: 'utf8'}).includes('mysqli')) return 'Debian\'s `php-mysql` package is not installed';
  return undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts a server as the leader of its own session and process group (`detached`
 * makes Node call setsid; the `setsid` program on top would fork once more and the
 * recorded group would be the wrong one), and stops it by that group.
 */
const running = new Set();
// A test run that dies half-way still takes its servers with it.
process.on('exit', () => {
  for (const group of running) try { process.kill(-group, 'SIGKILL'); } catch { /* gone */ }
});

function startGroup(command, args, options) {
  const child = spawn(command, args, {detached: true, stdio: ['ignore', 'ignore', 'pipe'], ...options});
  running.add(child.pid);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    stderr: () => stderr,
    async stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return; // already gone
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))]);
      running.delete(child.pid);
      child.stderr.destroy();
    },
  };
}

async function until(test, what, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** MariaDB on a socket in a fresh data folder. */
export async function startDatabase(work) {
  const data = join(work, 'mysql');
  const socket = join(work, 'mysql.sock');
  execFileSync('mariadb-install-db', ['--no-defaults', '--user=root', `--datadir=${data}`, '--skip-name-resolve', '--force', '--skip-test-db'], {stdio: 'ignore'});
  const server = startGroup('mariadbd', ['--no-defaults', '--user=root', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(work, 'mysql.pid')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin']);
  const sql = (statement) => execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], {stdio: 'pipe'});
  await until(() => { try { sql('SELECT 1'); return true; } catch { return false; } }, `MariaDB (${server.stderr()})`);
  sql("CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON *.* TO 'wp'@'localhost';");
  return {socket, sql, stop: server.stop};
}

const ROUTER = `<?php
// What .htaccess does: real files are served as they are, everything else goes to WordPress.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path !== '/' && is_file(__DIR__ . $path)) return false;
if (str_ends_with($path, '.php') && is_file(__DIR__ . $path)) { require __DIR__ . $path; return; }
$_SERVER['SCRIPT_NAME'] = '/index.php';
require __DIR__ . '/index.php';
`;

// Offline noise off (GUIDE §8): no update checks, no translation look-ups, no avatars, mail logged.
const OFFLINE = `<?php
foreach (['update_core', 'update_plugins', 'update_themes'] as $name) add_filter("pre_site_transient_$name", fn() => (object) ['last_checked' => time(), 'updates' => [], 'response' => [], 'translations' => [], 'version_checked' => get_bloginfo('version')]);
add_filter('translations_api', fn() => ['translations' => []]);
add_filter('pre_option_show_avatars', fn() => '0');
add_filter('pre_wp_mail', function ($null, $atts) { error_log('mail: ' . $atts['subject']); return true; }, 10, 2);
`;

function config(version, socket, work) {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((name) => `define('${name}', '${name.toLowerCase()}-people-move-test');`).join('\n');
  return `<?php
define('DB_NAME', 'wp${version.replace('.', '')}');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${salts}
$table_prefix = 'wp_';
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${join(work, 'debug.log')}');
define('WP_DEBUG_DISPLAY', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('CONCATENATE_SCRIPTS', false);
// The test turns the host restriction on and off with this file.
if (file_exists(__DIR__ . '/disallow-unfiltered-html')) define('DISALLOW_UNFILTERED_HTML', true);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

/** Installs WordPress, the users, the plugin (from its zip) and the classic posts; prints JSON. */
const INSTALL = `<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = $argv[1];
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('People Move test', 'admin', 'admin@example.org', true, '', 'admin-password');
update_option('siteurl', 'http://' . $argv[1]);
update_option('home', 'http://' . $argv[1]);
update_option('permalink_structure', '/?p=%post_id%');
$author = wp_insert_user(['user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.org', 'role' => 'author']);
foreach ([1, $author] as $user) update_user_meta($user, $GLOBALS['wpdb']->prefix . 'persisted_preferences', ['core/edit-post' => ['welcomeGuide' => false, 'fullscreenMode' => false], 'core' => ['enableChoosePatternModal' => false], '_modified' => gmdate('c')]);
$result = activate_plugin('people-move/people-move.php');
if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }
// The classic post is written by the Author, so WordPress's HTML filter applies to it as to a real one.
wp_set_current_user($author);
$classic = wp_insert_post(['post_title' => 'Classic', 'post_status' => 'publish', 'post_content' => "<p>Classic editor.</p>\\n\\n[people-move element=\\"share\\" lang=\\"cy\\" networks=\\"whatsapp facebook email copy\\"]\\n\\n[people-move element=\\"values\\" lang=\\"cy\\" theme=\\"dark\\"]"]);
// The hostile one as an Administrator, whose content is not filtered: the shortcode alone must hold.
wp_set_current_user(1);
$hostile = wp_insert_post(['post_title' => 'Hostile', 'post_status' => 'publish', 'post_content' => '[people-move element="share" lang="\\\\"><script>" networks="javascript:"]' . "\\n\\n" . '[people-move element="manifesto" lang="cy" manifesto-href="javascript:alert(1)" accent="red;background:url(x)" heading-level="9"]' . "\\n\\n" . "[people-move element='share' lang='\\"><img src=x onerror=alert(1)>' networks='javascript:alert(1)' url='javascript:alert(1)' theme='dark\\" onmouseover=\\"alert(1)']"]);
$plain = wp_insert_post(['post_title' => 'Defaults', 'post_status' => 'publish', 'post_content' => '[people-move element="values"]']);
$words = wp_insert_post(['post_title' => 'Words', 'post_status' => 'publish', 'post_content' => '[people-move element="share" lang="cy" networks="email" label="<b>Rhannwch</b> y dudalen" text="Dewch i ddarllen" copy-label="Copïo"]']);
echo json_encode(['classic' => get_permalink($classic), 'hostile' => get_permalink($hostile), 'plain' => get_permalink($plain), 'words' => get_permalink($words), 'version' => get_bloginfo('version')]);
`;

function extract(zip, into) {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(into, name)), {recursive: true});
    writeFileSync(join(into, name), bytes);
  }
}

/** Copies a WordPress tree, installs it and serves it. */
export async function startSite(version, database, work) {
  const site = join(work, `wp-${version.name}`);
  if (version.debian) {
    cpSync(version.debian, site, {recursive: true, dereference: true});
    rmSync(join(site, '.htaccess'), {force: true});
  } else {
    mkdirSync(site, {recursive: true});
    extract(version.zip, site);
    cpSync(version.assets, site, {recursive: true, filter: (path) => !path.endsWith('wordpress-remote-asset-paths')});
    rmSync(join(site, 'wp-content', 'database'), {recursive: true, force: true});
  }
  database.sql(`CREATE DATABASE wp${version.name.replace('.', '')}`);
  writeFileSync(join(site, 'wp-config.php'), config(version.name, database.socket, site));
  mkdirSync(join(site, 'wp-content', 'mu-plugins'), {recursive: true});
  writeFileSync(join(site, 'wp-content', 'mu-plugins', 'offline.php'), OFFLINE);
  writeFileSync(join(site, 'router.php'), ROUTER);
  writeFileSync(join(site, 'install.php'), INSTALL);
  extract(PLUGIN_ZIP, join(site, 'wp-content', 'plugins'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const installed = JSON.parse(execFileSync('php', [join(site, 'install.php'), host], {cwd: site, encoding: 'utf8'}));
  const server = startGroup('php', ['-S', host, '-t', site, join(site, 'router.php')], {cwd: site, env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'}});
  const url = `http://${host}`;
  await until(async () => { try { return (await fetch(`${url}/wp-login.php`)).ok; } catch { return false; } }, `php -S for WordPress ${version.name}`);
  return {
    ...installed,
    url,
    site,
    stop: server.stop,
    /** Turns DISALLOW_UNFILTERED_HTML on or off for the next requests. */
    disallowUnfilteredHtml(on) {
      const flag = join(site, 'disallow-unfiltered-html');
      if (on) writeFileSync(flag, '');
      else rmSync(flag, {force: true});
    },
    /** Runs PHP code with WordPress and its admin functions loaded; returns what it prints. */
    php(code) {
      const script = `<?php require __DIR__ . '/wp-load.php'; require_once ABSPATH . 'wp-admin/includes/admin.php'; ${code}`;
      writeFileSync(join(site, 'snippet.php'), script);
      return execFileSync('php', [join(site, 'snippet.php')], {cwd: site, encoding: 'utf8', env: {...process.env, HTTP_HOST: host}});
    },
    /** Lines of debug.log that name the plugin (WordPress 6.1 on PHP 8.2 logs its own deprecations too). */
    pluginLog() {
      const log = join(site, 'debug.log');
      return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((line) => line.includes('/plugins/people-move/')) : [];
    },
  };
}

export function workFolder() {
  return mkdtempSync(join(tmpdir(), 'people-move-wp-'));
}
