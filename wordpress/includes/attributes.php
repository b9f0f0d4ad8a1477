<?php
/**
 * One list of what each element takes, and the cleaning of every value that
 * reaches it from a block, a shortcode or the settings: a value that does not
 * fit is dropped (the element's or the site's default applies), never passed on.
 *
 * @package PeopleMove
 */

defined( 'ABSPATH' ) || exit;

/** Element names as the block and the shortcode say them, to their tags. */
const PEOPLE_MOVE_ELEMENTS = array(
	'campaign'  => 'pm-campaign',
	'manifesto' => 'pm-manifesto',
	'values'    => 'pm-values',
	'share'     => 'pm-share',
);

/** The attributes each element takes besides lang, theme, accent and language-picker. */
const PEOPLE_MOVE_ATTRIBUTES = array(
	'campaign'  => array( 'heading-level', 'manifesto-href', 'shop-href' ),
	'manifesto' => array( 'variant', 'heading-level', 'manifesto-href', 'shop-href' ),
	'values'    => array( 'layout', 'values', 'heading-level', 'no-heading' ),
	'share'     => array( 'networks', 'variant', 'url', 'text', 'mastodon-server', 'instagram-href', 'label', 'copy-label', 'copied-label', 'copy-failed-label' ),
);

/** Block attribute names (camelCase) to the element's attribute names. */
const PEOPLE_MOVE_BLOCK_NAMES = array(
	'lang'           => 'lang',
	'theme'          => 'theme',
	'accent'         => 'accent',
	'languagePicker' => 'language-picker',
	'headingLevel'   => 'heading-level',
	'manifestoHref'  => 'manifesto-href',
	'shopHref'       => 'shop-href',
	'variant'        => 'variant',
	'layout'         => 'layout',
	'values'         => 'values',
	'noHeading'      => 'no-heading',
	'networks'       => 'networks',
	'url'            => 'url',
	'mastodonServer' => 'mastodon-server',
	'instagramHref'  => 'instagram-href',
	'text'           => 'text',
	'label'          => 'label',
	'copyLabel'      => 'copy-label',
	'copiedLabel'    => 'copied-label',
	'copyFailedLabel' => 'copy-failed-label',
);

/** A language tag (BCP 47 shape) or `auto`; anything else is null. */
function people_move_clean_lang( $value ): ?string {
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( 'auto' === $value || preg_match( '/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/', $value ) ) {
		return $value;
	}
	return null;
}

/** Space-separated ids kept only when known, in the given order, each once. */
function people_move_clean_ids( $value, array $known ): ?string {
	$ids = is_string( $value ) ? preg_split( '/[\s,]+/', strtolower( $value ), -1, PREG_SPLIT_NO_EMPTY ) : array();
	$ids = array_values( array_unique( array_intersect( $ids, $known ) ) );
	return $ids ? implode( ' ', $ids ) : null;
}

/** An http(s) address, or null. */
function people_move_clean_url( $value ): ?string {
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( ! preg_match( '#^https?://#i', $value ) ) {
		return null;
	}
	$url = esc_url_raw( $value, array( 'http', 'https' ) );
	return '' === $url ? null : $url;
}

/** One value for one attribute, cleaned for this element, or null to leave it out. */
function people_move_clean_value( string $element, string $name, $value ): ?string {
	$build = people_move_build();
	if ( is_bool( $value ) ) {
		$value = $value ? 'true' : '';
	}
	if ( is_int( $value ) ) {
		$value = (string) $value;
	}
	if ( ! is_string( $value ) || '' === trim( $value ) ) {
		return null;
	}
	$value = trim( $value );
	switch ( $name ) {
		case 'lang':
			return people_move_clean_lang( $value );
		case 'theme':
			return in_array( $value, array( 'light', 'dark', 'auto' ), true ) ? $value : null;
		case 'accent':
			return sanitize_hex_color( $value ) ? sanitize_hex_color( $value ) : null;
		case 'language-picker':
		case 'no-heading':
			return in_array( strtolower( $value ), array( 'true', '1', 'yes', 'language-picker', 'no-heading' ), true ) ? '' : null;
		case 'heading-level':
			return preg_match( '/^[1-6]$/', $value ) ? $value : null;
		case 'variant':
			$allowed = 'share' === $element ? array( 'labels', 'icons' ) : array( 'full', 'summary' );
			return in_array( $value, $allowed, true ) ? $value : null;
		case 'layout':
			return in_array( $value, array( 'grid', 'list', 'inline' ), true ) ? $value : null;
		case 'networks':
			return people_move_clean_ids( $value, $build['networks'] ?? array() );
		case 'values':
			return people_move_clean_ids( $value, $build['values'] ?? array() );
		case 'shop-href':
			return 'none' === $value ? 'none' : people_move_clean_url( $value );
		case 'manifesto-href':
		case 'url':
		case 'instagram-href':
			return people_move_clean_url( $value );
		case 'text':
		case 'label':
		case 'copy-label':
		case 'copied-label':
		case 'copy-failed-label':
			// Plain words: tags and line breaks removed, and no longer than a share text can be.
			$words = mb_substr( sanitize_text_field( $value ), 0, 280 );
			return '' === $words ? null : $words;
		case 'mastodon-server':
			return preg_match( '/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i', $value ) ? strtolower( $value ) : null;
	}
	return null;
}

/**
 * The element's attributes from raw input (shortcode or block, element
 * attribute names), with the site's settings filling what is not set.
 * Returns [element name, attributes]; `accent` is among them and becomes a
 * style, not an attribute.
 */
function people_move_clean( $element, array $raw ): array {
	$element  = is_string( $element ) && isset( PEOPLE_MOVE_ELEMENTS[ strtolower( trim( $element ) ) ] ) ? strtolower( trim( $element ) ) : 'campaign';
	$settings = people_move_settings();
	$names    = array_merge( array( 'lang', 'theme', 'accent', 'language-picker' ), PEOPLE_MOVE_ATTRIBUTES[ $element ] );
	$clean    = array();
	foreach ( $names as $name ) {
		$value = people_move_clean_value( $element, $name, $raw[ $name ] ?? null );
		if ( null === $value && isset( $settings[ $name ] ) ) {
			$value = people_move_clean_value( $element, $name, $settings[ $name ] );
		}
		if ( null !== $value ) {
			$clean[ $name ] = $value;
		}
	}
	return array( $element, $clean );
}
