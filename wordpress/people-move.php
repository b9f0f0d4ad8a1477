<?php
/**
 * Plugin Name:       People Move campaign
 * Description:       The People Move campaign (JCWI) as blocks and a shortcode: its manifesto, values and private share buttons, in your readers' language, with no cookies and no tracking.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            People Move widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       people-move
 *
 * @package PeopleMove
 */

defined( 'ABSPATH' ) || exit;

define( 'PEOPLE_MOVE_FILE', __FILE__ );
define( 'PEOPLE_MOVE_DIR', __DIR__ );

require_once __DIR__ . '/includes/data.php';
require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/fallback.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/settings.php';
