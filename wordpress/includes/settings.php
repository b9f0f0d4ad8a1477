<?php
/**
 * Settings → People Move: site-wide defaults (language, theme, accent colour,
 * share networks) and where the script comes from. Only users who can manage
 * options see or change it; WordPress's options.php checks the nonce that
 * settings_fields() writes; every value is cleaned before it is stored and
 * escaped when it is shown.
 *
 * @package PeopleMove
 */

defined( 'ABSPATH' ) || exit;

/** Cleans a submitted settings form: unknown keys dropped, unfit values emptied. */
function people_move_sanitize_settings( $input ): array {
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$clean = array( 'source' => ( $input['source'] ?? '' ) === 'cdn' ? 'cdn' : 'plugin' );
	foreach ( array( 'lang', 'theme', 'accent', 'networks' ) as $name ) {
		$value          = isset( $input[ $name ] ) && is_string( $input[ $name ] ) ? sanitize_text_field( $input[ $name ] ) : '';
		$clean[ $name ] = people_move_clean_value( 'share', $name, $value ) ?? '';
	}
	return $clean;
}

function people_move_register_settings(): void {
	register_setting(
		'people_move',
		'people_move_settings',
		array(
			'type'              => 'object',
			'sanitize_callback' => 'people_move_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
}
add_action( 'admin_init', 'people_move_register_settings' );

function people_move_settings_menu(): void {
	add_options_page(
		__( 'People Move campaign', 'people-move' ),
		__( 'People Move', 'people-move' ),
		'manage_options',
		'people-move',
		'people_move_settings_page'
	);
}
add_action( 'admin_menu', 'people_move_settings_menu' );

/** A labelled select; `$described` names the element that describes it. */
function people_move_select( string $name, string $label, array $choices, string $current, string $description ): void {
	$id = 'people-move-' . $name;
	printf( '<tr><th scope="row"><label for="%s">%s</label></th><td>', esc_attr( $id ), esc_html( $label ) );
	printf( '<select id="%1$s" name="people_move_settings[%2$s]" aria-describedby="%1$s-description">', esc_attr( $id ), esc_attr( $name ) );
	foreach ( $choices as $value => $text ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( (string) $value ), selected( $current, (string) $value, false ), esc_html( $text ) );
	}
	printf( '</select><p class="description" id="%s-description">%s</p></td></tr>', esc_attr( $id ), esc_html( $description ) );
}

/** A labelled text field. */
function people_move_text( string $name, string $label, string $current, string $description, string $pattern = '' ): void {
	$id = 'people-move-' . $name;
	printf( '<tr><th scope="row"><label for="%s">%s</label></th><td>', esc_attr( $id ), esc_html( $label ) );
	printf(
		'<input type="text" class="regular-text" id="%1$s" name="people_move_settings[%2$s]" value="%3$s" aria-describedby="%1$s-description"%4$s>',
		esc_attr( $id ),
		esc_attr( $name ),
		esc_attr( $current ),
		$pattern ? ' pattern="' . esc_attr( $pattern ) . '"' : ''
	);
	printf( '<p class="description" id="%s-description">%s</p></td></tr>', esc_attr( $id ), esc_html( $description ) );
}

function people_move_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'people-move' ), 403 );
	}
	$settings = people_move_settings();
	$build    = people_move_build();
	echo '<div class="wrap"><h1>' . esc_html__( 'People Move campaign', 'people-move' ) . '</h1>';
	echo '<p>' . esc_html__( 'Defaults for every People Move block and shortcode on this site. A block or shortcode setting wins over these.', 'people-move' ) . '</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( 'people_move' );
	echo '<table class="form-table" role="presentation">';
	people_move_select(
		'lang',
		__( 'Language', 'people-move' ),
		array( '' => __( 'The page’s language', 'people-move' ), 'auto' => __( 'Each reader’s browser language', 'people-move' ) ) + ( $build['languages'] ?? array() ),
		$settings['lang'],
		__( 'The language the campaign speaks.', 'people-move' )
	);
	people_move_select(
		'theme',
		__( 'Theme', 'people-move' ),
		array(
			''      => __( 'Your site’s colours', 'people-move' ),
			'light' => __( 'Light', 'people-move' ),
			'dark'  => __( 'Dark', 'people-move' ),
			'auto'  => __( 'The reader’s system setting', 'people-move' ),
		),
		$settings['theme'],
		__( 'A complete palette with accessible contrast, or your site’s own colours.', 'people-move' )
	);
	people_move_text( 'accent', __( 'Accent colour', 'people-move' ), $settings['accent'], __( 'A hex colour such as #0b5d4b for links, buttons and icons. Leave empty for the default.', 'people-move' ), '#([0-9a-fA-F]{3}){1,2}' );
	people_move_text(
		'networks',
		__( 'Share networks', 'people-move' ),
		$settings['networks'],
		/* translators: %s: the network names the share buttons accept. */
		sprintf( __( 'Network names separated by spaces, in the order to show them, from: %s. Leave empty for the default.', 'people-move' ), implode( ' ', $build['networks'] ?? array() ) )
	);
	echo '</table><fieldset><legend><h2>' . esc_html__( 'Where the script comes from', 'people-move' ) . '</h2></legend>';
	$sources = array(
		'plugin' => __( 'This site: the copy inside the plugin (recommended; no request to anyone else).', 'people-move' ),
		/* translators: %s: the library's version. */
		'cdn'    => sprintf( __( 'The public CDN, pinned to version %s and checked by its integrity hash.', 'people-move' ), $build['version'] ?? '' ),
	);
	foreach ( $sources as $value => $text ) {
		printf(
			'<p><label><input type="radio" name="people_move_settings[source]" value="%s"%s> %s</label></p>',
			esc_attr( $value ),
			checked( $settings['source'], $value, false ),
			esc_html( $text )
		);
	}
	echo '</fieldset>';
	submit_button();
	echo '</form></div>';
}
