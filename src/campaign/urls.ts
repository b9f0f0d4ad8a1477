/**
 * Every default link the widgets use, in one place. A partner overrides each
 * by attribute; the campaign updates them here, and partners on a semver range
 * of the CDN build get the new links without touching their pages.
 */

/** The campaign's home: Joint Council for the Welfare of Immigrants. */
export const CAMPAIGN_HOME_URL = 'https://www.jcwi.org.uk/';

/** The full manifesto. Not yet published at its own address, so the home page. */
export const MANIFESTO_URL = CAMPAIGN_HOME_URL;

/** The t-shirt shop. Not yet published at its own address, so the home page. */
export const SHOP_URL = CAMPAIGN_HOME_URL;
