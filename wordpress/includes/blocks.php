<?php
/**
 * Four dynamic blocks, one per element (blocks/<element>/block.json), sharing
 * one editor script. They save no HTML, only their settings, so the post
 * content passes WordPress's HTML filter for every role; the element is
 * written at render time.
 *
 * @package PeopleMove
 */

defined( 'ABSPATH' ) || exit;

function people_move_register_blocks(): void {
	$build = people_move_build();
	wp_register_script(
		'people-move-editor',
		plugins_url( 'editor/blocks.js', PEOPLE_MOVE_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		$build['version'] ?? null,
		true
	);
	$editor = array(
		'languages' => $build['languages'] ?? array(),
		'networks'  => $build['networks'] ?? array(),
		'values'    => $build['values'] ?? array(),
		'defaults'  => people_move_settings(),
	);
	wp_add_inline_script( 'people-move-editor', 'window.peopleMoveEditor = ' . wp_json_encode( $editor ) . ';', 'before' );
	wp_set_script_translations( 'people-move-editor', 'people-move' );
	foreach ( array_keys( PEOPLE_MOVE_ELEMENTS ) as $element ) {
		register_block_type(
			PEOPLE_MOVE_DIR . '/blocks/' . $element,
			array(
				'render_callback' => static function ( array $attributes ) use ( $element ): string {
					$raw = array();
					foreach ( $attributes as $name => $value ) {
						if ( isset( PEOPLE_MOVE_BLOCK_NAMES[ $name ] ) ) {
							$raw[ PEOPLE_MOVE_BLOCK_NAMES[ $name ] ] = $value;
						}
					}
					return people_move_render( $element, $raw );
				},
			)
		);
	}
}
add_action( 'init', 'people_move_register_blocks' );
