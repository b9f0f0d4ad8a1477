<?php
/**
 * Removes the plugin's only stored data, its settings, when the plugin is deleted.
 *
 * @package PeopleMove
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'people_move_settings' );
delete_site_option( 'people_move_settings' );
