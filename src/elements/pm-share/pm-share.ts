import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {PeopleMoveElement} from '../../base/people-move-element.js';
import {CAMPAIGN_HOME_URL} from '../../campaign/urls.js';
import {vision} from '../../campaign/vision.content.js';
import {renderIcon} from '../../icons/icon.js';
import {quote, warnValue} from '../../warn.js';
import {readWords, wellFormed} from '../../shared/read-value.js';
import {resolveOption} from '../../shared/option.js';
import {writeClipboard} from './clipboard.js';
import {canShareNatively, shareNatively} from './native-share.js';
import {shareContent as text} from './pm-share.content.js';
import {shareStyles} from './pm-share.styles.js';
import {httpUrl, MAX_URL_LENGTH} from '../../shared/web-url.js';
import {bareHostName, pageUrl} from './share-url.js';
import {MAX_TEXT_LENGTH} from './fit-text.js';
import {
  DEFAULT_NETWORKS,
  hrefFor,
  loadMoreTargets,
  moreTargets,
  NETWORK_IDS,
  type NetworkId,
  type Shared,
  type ShareTarget,
  targetFor,
} from './targets.js';

/** Detail of the `pm-share` event. */
export interface ShareEventDetail {
  /** The control used: `facebook`, `copy`, `native`, … */
  network: NetworkId;
  /** The address shared. */
  url: string;
  /** The text as given, at most 4,000 characters (networks with a length limit receive it shortened). */
  text: string;
}

export type ShareVariant = 'labels' | 'icons';
const VARIANTS: readonly ShareVariant[] = ['labels', 'icons'];

/** What the status line says after the last action. */
type Status = 'copied' | 'copy-failed' | 'instagram';

function isNetworkId(word: string): word is NetworkId {
  return (NETWORK_IDS as readonly string[]).includes(word);
}

/**
 * Share buttons that make no request, set no cookie and store nothing until a
 * person clicks one: every web network is a plain link to its share page.
 *
 * @tagname pm-share
 * @summary "Share this": the page on WhatsApp, Facebook, X, Bluesky, Mastodon and more, by email, the device's share menu or a copied link.
 *
 * @csspart base - The inner root, which carries `lang` and `dir`.
 * @csspart group - The group of controls, named by its label.
 * @csspart label - The visible "Share this".
 * @csspart list - The row of controls.
 * @csspart control - Each link or button; each also has the part of its network id (`facebook`, `copy`, …).
 * @csspart icon - The icon of each control.
 * @csspart name - The visible name of each control (`variant="labels"`).
 * @csspart tooltip - The name shown on hover and focus (`variant="icons"`).
 * @csspart status - The line that says the link was copied (a polite live region).
 * @csspart manual - The read-only field holding the link, shown when it could not be copied automatically.
 * @csspart profile - The link to the campaign's Instagram profile, shown after the Instagram control was used.
 *
 * @cssprop --pm-accent - Hover border and tint of the controls.
 * @cssprop --pm-border - Border of the controls.
 * @cssprop --pm-radius - Corner radius of the controls.
 * @cssprop --pm-text - Text and icon colour (default: the host page's).
 * @cssprop --pm-surface - Background (default: the host page's).
 * @cssprop --pm-focus-color - Focus ring.
 *
 * @fires {CustomEvent<ShareEventDetail>} pm-share - On every activation, before anything is shared. Bubbles, composed, cancelable; `detail` is `{network, url, text}`. Calling `preventDefault()` stops the share (a link is not followed).
 * @fires {CustomEvent<LocaleErrorDetail>} pm-locale-error - When the messages of the element's language could not be loaded.
 */
export class PeopleMoveShare extends PeopleMoveElement {
  static override styles = [...PeopleMoveElement.styles, shareStyles];

  static override get properties() {
    return {
      url: {},
      text: {},
      networks: {},
      variant: {reflect: true},
      mastodonServer: {attribute: 'mastodon-server'},
      instagramHref: {attribute: 'instagram-href'},
      label: {},
      copyLabel: {attribute: 'copy-label'},
      copiedLabel: {attribute: 'copied-label'},
      copyFailedLabel: {attribute: 'copy-failed-label'},
      status: {state: true, attribute: false},
      manualUrl: {state: true, attribute: false},
      profileOffered: {state: true, attribute: false},
      tipsDismissed: {state: true, attribute: false},
    };
  }

  /** The address shared: an http(s) URL. Default: the `<link rel="canonical">` in the page's `<head>` (one in the body is ignored), else the page's origin and path, without the query or fragment, which can carry the reader's email, session or click id. */
  url?: string;

  /** The words shared with the link. Default: the campaign's vision, in the reader's language. Longer than 4,000 characters, only its beginning is shared. */
  text?: string;

  /** Space-separated network ids, in display order. `native` shows only where the device's share menu exists (where it was the only one, `copy` stands in). */
  networks?: string;

  /**
   * `labels`: icon and visible name; `icons`: icon only, the name shown as a tooltip and given to assistive
   * technology. Unset: `labels` (applied when rendering, so only a value the author set is reflected to the attribute).
   */
  variant?: ShareVariant;

  /** A Mastodon server's host name (`mastodon.social`): Mastodon links go straight to its share page instead of Mastodon's share hub. */
  mastodonServer?: string;

  /** The campaign's Instagram profile, offered after the Instagram control copied the link. */
  instagramHref?: string;

  /** Replaces "Share this", the visible label and accessible name of the group. */
  label?: string;

  /** Replaces "Copy link". */
  copyLabel?: string;

  /** Replaces "Link copied", said after copying. */
  copiedLabel?: string;

  /** Replaces the message said when the link could not be copied automatically. */
  copyFailedLabel?: string;

  private status?: Status;
  /** The link in the copy-by-hand field, when automatic copying failed. */
  private manualUrl?: string;
  private profileOffered = false;
  private tipsDismissed = false;

  #selectManualField = false;
  #hoveredControl?: Element | null;
  /** The page address last rendered, to notice a single-page app moving to another address. */
  #renderedPageUrl?: string;

  protected renderContent(): TemplateResult {
    const shared = this.#shared();
    const variant = this.#checkedVariant();
    const options = {mastodonServer: this.#checkedMastodonServer()};
    // A network whose module could not be loaded is left out.
    const shown = this.#networkIds().flatMap((id) => {
      const target = targetFor(id);
      return target && (target.kind !== 'native' || canShareNatively(shared)) ? [[id, target] as const] : [];
    });
    // `networks="native"` on a device without a share menu: copying the link is the closest thing.
    if (shown.length === 0) shown.push(['copy', targetFor('copy')!]);
    const controls = shown.map(([id, target]) => html`<li class="item">${this.#renderControl(id, target, shared, variant, options)}</li>`);
    const profile = this.profileOffered ? this.#checkedProfile() : undefined;

    return html`<div
        class="group ${variant} ${this.tipsDismissed ? 'tips-dismissed' : ''}"
        role="group"
        aria-labelledby="label"
        part="group"
        @focusin=${this.#onFocusIn}
        @pointerover=${this.#onPointerOver}
        @keydown=${this.#onKeyDown}
      >
        <span id="label" class="label" part="label">${this.label || text.heading()}</span>
        <ul class="list" role="list" part="list">
          ${controls}
        </ul>
      </div>
      <p class="status" role="status" part="status">${this.status ? html`<span>${this.#statusText(this.status)}</span>` : nothing}</p>
      ${this.manualUrl === undefined
        ? nothing
        : html`<div class="manual" part="manual">
            <label for="manual-field">${text.copyField()}</label>
            <input id="manual-field" type="text" dir="ltr" readonly spellcheck="false" .value=${this.manualUrl} @focus=${this.#onManualFocus} />
          </div>`}
      ${profile === undefined
        ? nothing
        : html`<p class="profile">
            <a part="profile" href=${profile} target="_blank" rel="noopener noreferrer" aria-describedby="new-tab">${moreTargets()?.instagramContent.profile()}</a>
          </p>`}
      <span id="new-tab" hidden>${text.newTab()}</span>`;
  }

  /** Set once this element waited for the networks not shown by default (loaded or not: it waits once). */
  #moreAwaited = false;

  /** A render that shows a network not shown by default waits, once, for their module (`more-targets.ts`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#moreAwaited && this.#networkIds().some((id) => targetFor(id) === undefined)) {
      this.#moreAwaited = true;
      return loadMoreTargets().then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const manualField = this.renderRoot.querySelector<HTMLInputElement>('#manual-field');
    if (this.#selectManualField && manualField) {
      this.#selectManualField = false;
      manualField.focus();
      manualField.select();
    }
  }

  #renderControl(
    id: NetworkId,
    target: ShareTarget,
    shared: Shared,
    variant: ShareVariant,
    options: {mastodonServer?: string},
  ): TemplateResult {
    const copyLabel = id === 'copy' ? this.copyLabel : undefined;
    const name = copyLabel || target.name();
    const content = html`${renderIcon(target.icon, target.icon.mirror ? 'icon mirror' : 'icon', 'icon')}${variant === 'icons'
      ? html`<span class="tip" part="tooltip" aria-hidden="true">${name}</span>`
      : html`<span class="name" part="name">${copyLabel || target.label()}</span>`}`;

    if (target.kind !== 'link') {
      return html`<button type="button" class="control" part="control ${id}" data-network=${id} aria-label=${name} @click=${this.#onAction}>
        ${content}
      </button>`;
    }
    const href = hrefFor(target, shared, options, this.locale);
    // A web page opens in a new tab, without telling the network where the person came from; mailto: opens the mail program.
    const newTab = !href.startsWith('mailto:');
    return html`<a
      class="control"
      part="control ${id}"
      data-network=${id}
      href=${href}
      target=${ifDefined(newTab ? '_blank' : undefined)}
      rel=${ifDefined(newTab ? 'noopener noreferrer' : undefined)}
      aria-label=${name}
      aria-describedby=${ifDefined(newTab ? 'new-tab' : undefined)}
      @click=${this.#onLinkClick}
      @auxclick=${this.#onLinkClick}
    >${content}</a>`;
  }

  #statusText(status: Status): string {
    switch (status) {
      case 'copied':
        return this.copiedLabel || text.copied();
      case 'copy-failed':
        return this.copyFailedLabel || text.copyFailed();
      case 'instagram':
        // Only the Instagram control says this, so its module is loaded.
        return moreTargets()?.instagramContent.hint() ?? '';
    }
  }

  /** What is shared now: the checked address and the text, in the element's language. */
  #shared(): Shared {
    return {url: this.#sharedUrl(), text: this.#sharedText()};
  }

  /** The text, cut to `MAX_TEXT_LENGTH` with one warning, so a huge value costs no more to render than a long one. */
  #sharedText(): string {
    const given = this.text ?? vision();
    if (given.length <= MAX_TEXT_LENGTH) return given;
    warnValue(this.localName, 'text', given, `is over ${MAX_TEXT_LENGTH} characters; sharing its beginning`);
    // The cut may halve an emoji, which would not encode.
    return `${wellFormed(given.slice(0, MAX_TEXT_LENGTH))}…`;
  }

  #sharedUrl(): string {
    const page = pageUrl(this.ownerDocument) ?? CAMPAIGN_HOME_URL;
    this.#renderedPageUrl = page;
    const given = this.url?.trim();
    if (!given) return page;
    const safe = httpUrl(given);
    if (safe !== undefined) return safe;
    warnValue(this.localName, 'url', this.url ?? '', `is not an http(s) address (of at most ${MAX_URL_LENGTH} characters), so it is never shared; sharing ${page} instead`);
    return page;
  }

  #networkIds(): NetworkId[] {
    const ids: NetworkId[] = [];
    const unknown: string[] = [];
    for (const word of readWords(this.networks)) {
      if (!isNetworkId(word)) unknown.push(word);
      else if (!ids.includes(word)) ids.push(word);
    }
    if (unknown.length > 0) {
      warnValue(this.localName, 'networks', this.networks ?? '', `names ${quote(unknown.join(' '))}, not known (known: ${NETWORK_IDS.join(' ')}); skipped`);
    }
    return ids.length > 0 ? ids : [...DEFAULT_NETWORKS];
  }

  #checkedVariant(): ShareVariant {
    return resolveOption(this.variant, VARIANTS, 'variant', this.localName);
  }

  #checkedMastodonServer(): string | undefined {
    const given = this.mastodonServer?.trim();
    if (!given) return undefined;
    const host = bareHostName(given);
    if (host === undefined) {
      warnValue(this.localName, 'mastodon-server', this.mastodonServer ?? '', `is not a bare host name such as "mastodon.social"; linking to Mastodon's share hub`);
    }
    return host;
  }

  #checkedProfile(): string | undefined {
    const given = this.instagramHref?.trim();
    if (!given) return undefined;
    const safe = httpUrl(given);
    if (safe === undefined) {
      warnValue(this.localName, 'instagram-href', this.instagramHref ?? '', `is not an http(s) address (of at most ${MAX_URL_LENGTH} characters), so no profile link is shown`);
    }
    return safe;
  }

  /** Fires `pm-share`; false when a listener cancelled it. */
  #dispatchShare(network: NetworkId, shared: Shared): boolean {
    const detail: ShareEventDetail = {network, url: shared.url, text: shared.text};
    return this.dispatchEvent(new CustomEvent<ShareEventDetail>('pm-share', {detail, bubbles: true, composed: true, cancelable: true}));
  }

  #onLinkClick(event: MouseEvent): void {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const network = (event.currentTarget as HTMLElement).dataset.network as NetworkId;
    if (!this.#dispatchShare(network, this.localized(() => this.#shared()))) event.preventDefault();
  }

  #onAction(event: MouseEvent): void {
    const network = (event.currentTarget as HTMLElement).dataset.network as NetworkId;
    const shared = this.localized(() => this.#shared());
    if (!this.#dispatchShare(network, shared)) return;
    // Each path reaches the share menu or the clipboard before its first await, inside the click's user activation.
    if (network === 'copy') void this.#copy(shared.url, 'copied');
    else if (network === 'native') void this.#shareOrCopy(shared);
    else if (network === 'instagram') void this.#shareToInstagram(shared);
  }

  async #shareOrCopy(shared: Shared): Promise<void> {
    const outcome = await shareNatively({text: shared.text, url: shared.url});
    if (outcome === 'failed') await this.#copy(shared.url, 'copied');
  }

  /** Instagram has no web share page: the share menu where there is one, else the link copied with a hint. */
  async #shareToInstagram(shared: Shared): Promise<void> {
    const data = {text: shared.text, url: shared.url};
    if (canShareNatively(data) && (await shareNatively(data)) !== 'failed') return;
    this.profileOffered = true;
    await this.#copy(shared.url, 'instagram');
  }

  /** Copies `url` and says so; where the clipboard is missing or refuses, selects it in a field to copy by hand. */
  async #copy(url: string, copiedStatus: Status): Promise<void> {
    const copied = await writeClipboard(url);
    // The words leave the live region before they come back, so a screen reader says them again even when they
    // are the same (a minifier may merge two identical templates, so taking turns between two would not do).
    this.status = undefined;
    await this.updateComplete;
    this.manualUrl = copied ? undefined : url;
    this.#selectManualField = !copied;
    this.status = copied ? copiedStatus : 'copy-failed';
  }

  #onManualFocus(event: FocusEvent): void {
    (event.currentTarget as HTMLInputElement).select();
  }

  /** Renders again when a single-page app moved to another address, so the links carry the new one. */
  #refreshPageUrl(): void {
    if (this.url?.trim()) return;
    if ((pageUrl(this.ownerDocument) ?? CAMPAIGN_HOME_URL) !== this.#renderedPageUrl) this.requestUpdate();
  }

  #onFocusIn(): void {
    this.tipsDismissed = false;
    this.#refreshPageUrl();
  }

  #onPointerOver(event: PointerEvent): void {
    const control = (event.target as Element).closest('.control');
    if (control !== this.#hoveredControl) {
      this.#hoveredControl = control;
      this.tipsDismissed = false;
    }
    this.#refreshPageUrl();
  }

  /** Escape hides the tooltips (WCAG 1.4.13) until focus or the pointer moves to another control. */
  #onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.#checkedVariant() === 'icons') this.tipsDismissed = true;
  }
}
