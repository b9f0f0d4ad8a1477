<?php
/**
 * The markup a block or the shortcode puts on the page: the custom element
 * with its cleaned attributes, the fallback in the chosen language inside it,
 * and the script and reservation style enqueued.
 *
 * @package PeopleMove
 */

defined( 'ABSPATH' ) || exit;

/** Renders one element from raw input in the element's own attribute names. */
function people_move_render( $element, array $raw ): string {
	[ $element, $attributes ] = people_move_clean( $element, $raw );
	$tag                      = PEOPLE_MOVE_ELEMENTS[ $element ];
	$html                     = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		if ( 'accent' === $name ) {
			$html .= ' style="' . esc_attr( '--pm-accent:' . $value ) . '"';
		} elseif ( '' === $value ) {
			$html .= ' ' . $name;
		} else {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	people_move_enqueue();
	return $html . '>' . people_move_fallback( $element, $attributes ) . '</' . $tag . '>';
}

/**
 * `[people-move element="share" lang="cy" networks="whatsapp facebook email copy"]`:
 * every attribute of the element, by its own name.
 */
function people_move_shortcode( $atts ): string {
	$atts = is_array( $atts ) ? array_change_key_case( $atts, CASE_LOWER ) : array();
	return people_move_render( $atts['element'] ?? 'campaign', $atts );
}
add_shortcode( 'people-move', 'people_move_shortcode' );
