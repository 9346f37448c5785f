/**
 * The frame's stylesheet, injected as one <style> tag so the frame page only needs
 * app.js. The brand colour arrives at run time as `--oo-primary` (see `applyTheme`).
 */
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html,body,#omniops-root{height:100%;margin:0}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1e1e1e;background:#fff;-webkit-font-smoothing:antialiased}
button{font:inherit;cursor:pointer}
:focus-visible{outline:2px solid var(--oo-primary);outline-offset:2px}
.oo-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.oo-panel{display:flex;flex-direction:column;height:100%;background:#f6f7f9}
.oo-header{display:flex;align-items:center;gap:8px;min-height:56px;padding:8px 8px 8px 18px;background:var(--oo-primary);color:var(--oo-on-primary)}
.oo-title{flex:1;margin:0;font-size:16px;font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.oo-close{display:grid;place-items:center;width:40px;height:40px;padding:0;border:0;border-radius:50%;background:transparent;color:inherit}
.oo-close:hover{background:rgba(127,127,127,.2)}
.oo-close:focus-visible{outline-color:currentColor;outline-offset:-4px}
.oo-log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:12px;overscroll-behavior:contain}
.oo-msg{display:flex;flex-direction:column;gap:6px;max-width:85%}
.oo-msg-assistant{align-self:flex-start}
.oo-msg-shopper{align-self:flex-end;align-items:flex-end}
.oo-bubble{margin:0;padding:9px 13px;border-radius:18px;white-space:pre-wrap;overflow-wrap:anywhere}
.oo-msg-assistant .oo-bubble{background:#fff;border:1px solid #e2e4e7;border-bottom-left-radius:6px;white-space:normal}
.oo-msg-shopper .oo-bubble{background:var(--oo-primary);color:var(--oo-on-primary);border-bottom-right-radius:6px}
.oo-msg-sending .oo-bubble{opacity:.65}
.oo-msg-failed .oo-bubble{background:#fff;color:#1e1e1e;border:1px solid #d63638}
.oo-failed{display:flex;align-items:center;gap:8px;font-size:13px;color:#b32d2e}
.oo-cards{display:flex;flex-direction:column;gap:6px;margin:0;padding:0;list-style:none}
.oo-card{display:flex;gap:10px;align-items:center;padding:8px;border:1px solid #e2e4e7;border-radius:12px;background:#fff}
.oo-card-img{flex:none;width:56px;height:56px;object-fit:cover;border-radius:8px;background:#f0f0f1}
.oo-card-body{display:flex;flex-direction:column;gap:2px;min-width:0;font-size:14px}
.oo-card-name{font-weight:600;color:#1e1e1e;overflow-wrap:anywhere}
.oo-card-price s{color:#50575e;font-size:13px}
.oo-card-stock{font-size:13px;color:#007017}
.oo-stock-outofstock{color:#b32d2e}
.oo-stock-onbackorder{color:#996800}
.oo-quick{display:flex;flex-direction:column;gap:8px}
.oo-chips{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none}
.oo-chip{display:inline-block;padding:5px 12px;border:1px solid var(--oo-primary);border-radius:999px;background:#fff;color:#1e1e1e;font-size:13px;line-height:1.4;text-decoration:none}
.oo-chip:hover{background:#f0f4ff}
.oo-chip:disabled{opacity:.6;cursor:default}
.oo-help-search{display:flex;flex-wrap:wrap;align-items:center;gap:6px;font-size:13px}
.oo-help-search label{flex-basis:100%}
.oo-help-search input{flex:1;min-width:0;padding:6px 8px;border:1px solid #8c8f94;border-radius:8px;font:inherit}
.oo-cart-status{margin:0;font-size:13px}
.oo-variations{margin:6px 0 0;font-size:13px}
.oo-variations label{display:block;margin:4px 0}
.oo-variations p{margin:0;font-weight:600}
.oo-changed{margin:4px 0 0;padding:6px 10px;list-style:none;border-left:3px solid #996800;background:#fcf9e8;font-size:13px}
.oo-sources{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none}
.oo-sources a{display:inline-block;padding:3px 10px;border:1px solid #c3c4c7;border-radius:999px;background:#fff;color:#1e1e1e;font-size:13px;text-decoration:none}
.oo-sources a:hover{border-color:var(--oo-primary);text-decoration:underline}
.oo-typing{align-self:flex-start;display:flex;gap:4px;padding:13px 14px;border:1px solid #e2e4e7;border-radius:18px;border-bottom-left-radius:6px;background:#fff}
.oo-typing i{width:7px;height:7px;border-radius:50%;background:#8c8f94;animation:oo-dot 1.2s infinite ease-in-out}
.oo-typing i:nth-child(2){animation-delay:.15s}
.oo-typing i:nth-child(3){animation-delay:.3s}
@keyframes oo-dot{0%,80%,100%{opacity:.3;transform:none}40%{opacity:1;transform:translateY(-3px)}}
.oo-alert{display:flex;align-items:center;justify-content:space-between;flex-wrap:wrap;gap:8px 12px;margin:12px 16px 0;padding:10px 12px;border:1px solid #f0b8b8;border-radius:10px;background:#fcf0f1;color:#8a2424;font-size:14px}
.oo-alert-warning{border-color:#dba617;background:#fcf9e8;color:#614a00}
.oo-alert-info{border-color:#72aee6;background:#f0f6fc;color:#0a4b78}
.oo-button:disabled{opacity:.7;cursor:progress}
.oo-avatar{width:32px;height:32px;border-radius:50%;object-fit:cover;background:#fff}
.oo-head-button{padding:6px 10px;border:1px solid currentColor;border-radius:8px;background:transparent;color:inherit;font-size:13px}
.oo-md p,.oo-md ul,.oo-md ol{margin:0 0 6px}.oo-md>:last-child{margin-bottom:0}.oo-md ul,.oo-md ol{padding-left:20px}
.oo-md a{color:inherit;text-decoration:underline}
.oo-md code{font:13px ui-monospace,monospace;background:#f0f0f1;padding:0 3px;border-radius:3px}
.oo-queued{margin:0;font-size:13px;color:#50575e}
.oo-privacy{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:10px}
.oo-privacy form{display:flex;flex-direction:column;gap:6px}
.oo-privacy-title{margin:0;font-size:17px}
.oo-field{padding:9px 12px;border:1px solid #8c8f94;border-radius:8px;font:inherit}
.oo-hint{margin:0;font-size:13px;color:#50575e}.oo-invalid{margin:0;font-size:13px;color:#b32d2e}
.oo-privacy-actions{display:flex;gap:8px;flex-wrap:wrap;margin-top:6px}
.oo-danger{align-self:flex-start;color:#b32d2e}
.oo-button{padding:6px 12px;border:1px solid currentColor;border-radius:8px;background:#fff;color:inherit;font-size:13px;font-weight:600}
.oo-status{margin:auto;padding:24px;color:#50575e;text-align:center}
.oo-earlier{display:flex;flex-direction:column;align-items:center;gap:4px;margin:4px 0}
.oo-earlier .oo-status{margin:0;padding:0}
.oo-composer{display:flex;align-items:flex-end;gap:8px;padding:12px;border-top:1px solid #e2e4e7;background:#fff}
.oo-input{flex:1;min-height:42px;max-height:120px;padding:10px 14px;border:1px solid #c3c4c7;border-radius:21px;font:inherit;color:inherit;resize:none;background:#fff}
.oo-input:focus{outline:2px solid var(--oo-primary);outline-offset:-1px;border-color:transparent}
.oo-send{height:42px;padding:0 18px;border:0;border-radius:21px;background:var(--oo-primary);color:var(--oo-on-primary);font-weight:600}
.oo-send:disabled{opacity:.4;cursor:default}
@media (prefers-reduced-motion:reduce){.oo-typing i{animation:none}}
`;

const DEFAULT_PRIMARY = '#1d2327';

/**
 * Adds the stylesheet to the frame document once.
 *
 * @param doc The frame document.
 */
export function injectStyles( doc: Document = document ): void {
	if ( ! doc.getElementById( 'omniops-styles' ) ) {
		const style = doc.createElement( 'style' );
		style.id = 'omniops-styles';
		style.textContent = CSS;
		doc.head.appendChild( style );
	}
}

/**
 * Sets the brand colour, and a text colour that stays readable on it (WCAG relative
 * luminance; white text unless the colour is light).
 *
 * @param color `#rrggbb` from the widget config; anything else falls back to the default.
 * @param root  Element that carries the CSS variables.
 */
export function applyTheme(
	color: string | undefined,
	root: HTMLElement = document.documentElement
): void {
	const primary = /^#[0-9a-f]{6}$/i.test( color ?? '' )
		? color!
		: DEFAULT_PRIMARY;
	const [ r, g, b ] = [ 1, 3, 5 ].map( ( start ) => {
		const channel = parseInt( primary.slice( start, start + 2 ), 16 ) / 255;
		return channel <= 0.03928
			? channel / 12.92
			: ( ( channel + 0.055 ) / 1.055 ) ** 2.4;
	} ) as [ number, number, number ];
	const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	root.style.setProperty( '--oo-primary', primary );
	// 0.179 is where black and white text have equal contrast against the background.
	root.style.setProperty(
		'--oo-on-primary',
		luminance > 0.179 ? '#1e1e1e' : '#fff'
	);
}
