/**
 * The loader's DOM: a launcher button and a panel for the iframe, inside a shadow root
 * so the shop's CSS cannot reach in and ours cannot leak out. The root is open so that
 * accessibility tools and end-to-end tests can see the launcher; a closed root would not
 * add security (page scripts run before us and could patch `attachShadow` anyway).
 */

// One string without line breaks (terser joins the parts): every byte ships to every shop page.
const STYLES =
	':host{all:initial}' +
	'.l{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:56px;height:56px;padding:0;border:0;border-radius:50%;background:#1d2327;color:#fff;cursor:pointer;display:flex;align-items:center;justify-content:center;box-shadow:0 4px 16px #0004;transition:transform .15s}' +
	'.l:hover{transform:scale(1.06)}' +
	'.l:focus-visible{outline:3px solid #2271b1;outline-offset:3px}' +
	'.b{position:absolute;top:-3px;right:-3px;min-width:20px;height:20px;padding:0 6px;box-sizing:border-box;border-radius:10px;background:#d63638;color:#fff;font:600 12px/20px system-ui,sans-serif;text-align:center}' +
	'.p{position:fixed;right:20px;bottom:88px;z-index:2147483001;width:380px;height:min(var(--h,600px),calc(100vh - 108px));border-radius:16px;overflow:hidden;background:#fff;box-shadow:0 12px 40px #0004;animation:o .18s ease-out}' +
	'.L .l,.L .p{right:auto;left:20px}' +
	'@keyframes o{from{opacity:0;transform:translateY(12px)}}' +
	'.p iframe{display:block;width:100%;height:100%;border:0}' +
	// Visually hidden, still read: clip hides an absolutely positioned box entirely.
	'.v{position:absolute;clip:rect(0 0 0 0)}' +
	'[hidden]{display:none!important}' +
	'@media (max-width:479px){.p{inset:0;width:100%;height:100%;border-radius:0}}' +
	'@media (prefers-reduced-motion:reduce){.l{transition:none}.p{animation:none}}';

// Launcher icons by name (widget settings `launcherIcon`); unknown names get the bubble.
const ICONS: Record< string, string > = {
	chat: 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
	help: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 14h2v2h-2zm0-2c0-3 3-3 3-5a2 2 0 0 0-4 0H8a4 4 0 0 1 8 0c0 3-3 3-3 5z',
	sparkle: 'M12 2l2.4 7.6L22 12l-7.6 2.4L12 22l-2.4-7.6L2 12l7.6-2.4z',
};

/** How the shop wants the launcher to look and read (from `window.omniopsConfig`). */
export interface LauncherLook {
	left: boolean;
	/** `#rrggbb`, already checked. */
	color?: string;
	icon: string;
	label: string;
	unreadWord: string;
}

export interface LoaderUi {
	launcher: HTMLButtonElement;
	panel: HTMLDivElement;
	/** Shows `count` unread replies on the launcher; 0 hides the badge. */
	setUnread: ( count: number ) => void;
}

/**
 * Draws the launcher and the (empty, hidden) panel.
 *
 * @return The elements the loader drives.
 */
export function createUi( look: LauncherLook ): LoaderUi {
	// A custom tag: shop CSS written for `div` or `body > *` does not match it.
	const host = document.createElement( 'omniops-chat' );
	const root = host.attachShadow( { mode: 'open' } );
	const path = ICONS[ look.icon ] || ICONS.chat;
	root.innerHTML = `<style>${ STYLES }</style><div class="${ look.left ? 'L' : '' }"><div class="p" id="p" hidden></div><button class="l" type="button" aria-expanded="false" aria-controls="p" aria-describedby="b"><svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="${ path }"/></svg><span class="b" id="b" hidden></span></button></div>`;
	document.body.appendChild( host );

	const launcher = root.querySelector( 'button' )!;
	// Set as properties, never through markup: the label comes from page config.
	launcher.setAttribute( 'aria-label', look.label );
	if ( look.color ) {
		launcher.style.background = look.color;
	}
	const badge = root.getElementById( 'b' )!;
	return {
		launcher,
		panel: root.getElementById( 'p' ) as HTMLDivElement,
		setUnread( count ) {
			// The visible digit is terse; the hidden words make the description read
			// "3 unread" to screen readers, while the button's name stays "Open chat".
			badge.innerHTML = count
				? `${ count > 9 ? '9+' : count }<span class="v"></span>`
				: '';
			const words = badge.firstElementChild;
			if ( words ) {
				words.textContent = ' ' + look.unreadWord;
			}
			badge.hidden = ! count;
		},
	};
}
