<?php
/**
 * The build's facts (version, CDN hash, languages, networks, values) and the
 * site-wide settings, each read once per request.
 *
 * @package PeopleMove
 */

defined( 'ABSPATH' ) || exit;

/** Written by wordpress/build.mjs from the library's own build. */
function people_move_build(): array {
	static $build = null;
	if ( null === $build ) {
		$json  = file_get_contents( PEOPLE_MOVE_DIR . '/fallback/build.json' );
		$build = is_string( $json ) ? (array) json_decode( $json, true ) : array();
	}
	return $build;
}

/** The settings as stored, completed with the defaults. */
function people_move_settings(): array {
	$stored = get_option( 'people_move_settings', array() );
	return array_merge(
		array(
			'lang'     => '',
			'theme'    => '',
			'accent'   => '',
			'networks' => '',
			'source'   => 'plugin',
		),
		is_array( $stored ) ? $stored : array()
	);
}
