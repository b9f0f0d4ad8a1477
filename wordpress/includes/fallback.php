<?php
/**
 * The fallback inside each element: its text in the chosen language, as plain
 * HTML, for visitors without JavaScript, feed readers and search engines. The
 * text was rendered at build time by the library's server-rendering entry
 * (fallback/<lang>.json); here it is only put together and escaped.
 *
 * @package PeopleMove
 */

defined( 'ABSPATH' ) || exit;

/** The shipped language that best fits a language tag: itself, its primary language, else English. */
function people_move_fallback_locale( ?string $lang ): string {
	$shipped = array_keys( people_move_build()['languages'] ?? array( 'en' => 'English' ) );
	if ( null === $lang || 'auto' === $lang ) {
		$lang = str_replace( '_', '-', get_locale() );
	}
	foreach ( array( $lang, strtok( $lang, '-' ) ) as $candidate ) {
		foreach ( $shipped as $code ) {
			if ( 0 === strcasecmp( $code, (string) $candidate ) ) {
				return $code;
			}
		}
	}
	return 'en';
}

/** The build's text for one language. */
function people_move_fallback_data( string $locale ): array {
	static $cache = array();
	if ( ! isset( $cache[ $locale ] ) ) {
		$json              = file_get_contents( PEOPLE_MOVE_DIR . '/fallback/' . basename( $locale ) . '.json' );
		$cache[ $locale ] = is_string( $json ) ? (array) json_decode( $json, true ) : array();
	}
	return $cache[ $locale ];
}

function people_move_heading( int $level, string $text ): string {
	$level = max( 1, min( 6, $level ) );
	return sprintf( '<h%1$d>%2$s</h%1$d>', $level, esc_html( $text ) );
}

function people_move_fallback_manifesto( array $data, array $attributes, int $level ): string {
	$build   = people_move_build();
	$full    = 'summary' !== ( $attributes['variant'] ?? 'full' );
	$html    = people_move_heading( $level, $data['title'] ?? '' );
	foreach ( $data['statements'] ?? array() as $statement ) {
		$html .= people_move_heading( $level + 1, $statement['heading'] ) . '<p>' . esc_html( $statement['text'] ) . '</p>';
	}
	if ( $full ) {
		$html .= people_move_heading( $level + 1, $data['storyHeading'] ?? '' );
		foreach ( $data['story'] ?? array() as $paragraph ) {
			$html .= '<p>' . esc_html( $paragraph ) . '</p>';
		}
	}
	$manifesto = $attributes['manifesto-href'] ?? $build['manifestoUrl'];
	$html     .= '<p><a href="' . esc_url( $manifesto ) . '">' . esc_html( $data['manifestoLink'] ?? '' ) . '</a></p>';
	$shop      = $attributes['shop-href'] ?? $build['shopUrl'];
	if ( $full && 'none' !== $shop ) {
		$html .= '<p><a href="' . esc_url( $shop ) . '">' . esc_html( $data['shopLink'] ?? '' ) . '</a></p>';
	}
	return $html;
}

function people_move_fallback_values( array $data, array $attributes, int $level ): string {
	$html = isset( $attributes['no-heading'] ) ? '' : people_move_heading( $level, $data['heading'] ?? '' );
	$ids  = isset( $attributes['values'] ) ? explode( ' ', $attributes['values'] ) : array_keys( $data['items'] ?? array() );
	$html .= '<ul>';
	foreach ( $ids as $id ) {
		if ( isset( $data['items'][ $id ] ) ) {
			$html .= '<li>' . esc_html( $data['items'][ $id ] ) . '</li>';
		}
	}
	return $html . '</ul>';
}

/** Share links as plain links to each network's share page (the ones that need a script are left out). */
function people_move_fallback_share( array $data, array $attributes ): string {
	$build = people_move_build();
	$page  = $attributes['url'] ?? ( in_the_loop() || is_singular() ? get_permalink() : home_url( '/' ) );
	$ids   = isset( $attributes['networks'] ) ? explode( ' ', $attributes['networks'] ) : ( $build['defaultNetworks'] ?? array() );
	$html  = '<p>' . esc_html( $attributes['label'] ?? $data['label'] ?? '' ) . '</p><ul>';
	foreach ( $ids as $id ) {
		$item = $data['items'][ $id ] ?? null;
		if ( ! $item ) {
			continue;
		}
		$href   = str_replace( rawurlencode( $build['pageUrl'] ), rawurlencode( (string) $page ), $item['href'] );
		$label  = $item['label'] . ( $item['newTab'] && ! empty( $data['newTab'] ) ? ' ' . $data['newTab'] : '' );
		$target = $item['newTab'] ? ' target="_blank" rel="noopener noreferrer"' : '';
		$html  .= sprintf( '<li><a href="%s"%s aria-label="%s">%s</a></li>', esc_url( $href, array( 'https', 'mailto' ) ), $target, esc_attr( $label ), esc_html( $item['name'] ) );
	}
	return $html . '</ul>';
}

/** The whole fallback wrapper for one element. */
function people_move_fallback( string $element, array $attributes ): string {
	$locale = people_move_fallback_locale( $attributes['lang'] ?? null );
	$data   = people_move_fallback_data( $locale );
	$level  = (int) ( $attributes['heading-level'] ?? 2 );
	switch ( $element ) {
		case 'manifesto':
			$inner = people_move_fallback_manifesto( $data['manifesto'] ?? array(), $attributes, $level );
			break;
		case 'values':
			$inner = people_move_fallback_values( $data['values'] ?? array(), $attributes, $level );
			break;
		case 'share':
			$inner = people_move_fallback_share( $data['share'] ?? array(), $attributes );
			break;
		default:
			$inner = people_move_fallback_manifesto( $data['manifesto'] ?? array(), $attributes, $level )
				. people_move_fallback_values( $data['values'] ?? array(), array(), $level + 1 )
				. people_move_fallback_share( $data['share'] ?? array(), array() );
	}
	return sprintf( '<div class="pm-fallback" lang="%s" dir="%s">%s</div>', esc_attr( $locale ), esc_attr( $data['dir'] ?? 'ltr' ), $inner );
}
