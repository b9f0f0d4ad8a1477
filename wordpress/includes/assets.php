<?php
/**
 * The element script and the reservation style: registered on every page,
 * enqueued only where a block or the shortcode is used, printed once. The
 * script comes from the plugin's own copy of the CDN build unless the site
 * chose the pinned CDN file, which is then checked by its integrity hash.
 *
 * @package PeopleMove
 */

defined( 'ABSPATH' ) || exit;

/**
 * Makes the elements blocks before they are defined, and keeps about the
 * room they will take, so the page does not jump when they upgrade (the
 * README's "Before the script runs" figures).
 */
const PEOPLE_MOVE_RESERVATION_CSS = 'pm-manifesto:not(:defined),pm-values:not(:defined),pm-share:not(:defined),pm-campaign:not(:defined){display:block}'
	. 'pm-manifesto>.pm-fallback,pm-campaign>.pm-fallback{min-block-size:100vh}'
	. 'pm-values>.pm-fallback{min-block-size:18em}pm-share>.pm-fallback{min-block-size:8em}'
	. '@media (max-width:40em){pm-values>.pm-fallback{min-block-size:34em}pm-share>.pm-fallback{min-block-size:14.5em}}';

/** Where the script comes from: [url, integrity or null]. */
function people_move_script_source(): array {
	$build = people_move_build();
	if ( 'cdn' === people_move_settings()['source'] && ! empty( $build['integrity'] ) ) {
		$url = 'https://cdn.jsdelivr.net/npm/people-move-widgets@' . rawurlencode( $build['version'] ) . '/dist/cdn/people-move.js';
		return array( $url, $build['integrity'] );
	}
	return array( plugins_url( 'cdn/people-move.js', PEOPLE_MOVE_FILE ), null );
}

function people_move_register_assets(): void {
	if ( wp_script_is( 'people-move', 'registered' ) ) {
		return;
	}
	[ $url, $integrity ] = people_move_script_source();
	wp_register_script( 'people-move', $url, array(), $integrity ? null : people_move_build()['version'] ?? null, true );
	wp_register_style( 'people-move', false, array(), null );
	wp_add_inline_style( 'people-move', PEOPLE_MOVE_RESERVATION_CSS );
}
add_action( 'init', 'people_move_register_assets' );

/** Called by every block and shortcode render: the handles make sure each prints once. */
function people_move_enqueue(): void {
	people_move_register_assets();
	wp_enqueue_script( 'people-move' );
	wp_enqueue_style( 'people-move' );
}

/** The element script is a module: WordPress 6.1 has no module API, so the tag is written here. */
function people_move_script_tag( string $tag, string $handle, string $src ): string {
	if ( 'people-move' !== $handle ) {
		return $tag;
	}
	[ , $integrity ] = people_move_script_source();
	$checks          = $integrity ? sprintf( ' integrity="%s" crossorigin="anonymous"', esc_attr( $integrity ) ) : '';
	return sprintf( '<script type="module" src="%s" id="people-move-js"%s></script>' . "\n", esc_url( $src ), $checks );
}
add_filter( 'script_loader_tag', 'people_move_script_tag', 10, 3 );

/**
 * On a single post or page that uses a block or the shortcode, enqueue before
 * the head is printed, so that the reservation style is there from the start
 * (otherwise it comes with the first render, in the footer).
 */
function people_move_enqueue_early(): void {
	$post = is_singular() ? get_post() : null;
	if ( ! $post ) {
		return;
	}
	foreach ( array_keys( PEOPLE_MOVE_ELEMENTS ) as $element ) {
		if ( has_block( 'people-move/' . $element, $post ) ) {
			people_move_enqueue();
			return;
		}
	}
	if ( has_shortcode( $post->post_content, 'people-move' ) ) {
		people_move_enqueue();
	}
}
add_action( 'wp_enqueue_scripts', 'people_move_enqueue_early' );

/** The block editor shows the real elements as its live preview (in its iframe too, where there is one). */
function people_move_enqueue_editor(): void {
	if ( is_admin() ) {
		people_move_enqueue();
	}
}
add_action( 'enqueue_block_assets', 'people_move_enqueue_editor' );
