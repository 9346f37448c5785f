/**
 * The dashboard's stylesheet, injected from the bundle so the sidecar's HTML shell needs
 * only the script. Neutral palette, system fonts; works down to 360 px wide.
 */
export const STYLE_ELEMENT_ID = 'omniops-dashboard-styles';

const css = `
:root {
	--oo-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
	--oo-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
	--oo-bg: #f5f6f8;
	--oo-surface: #ffffff;
	--oo-border: #dde1e6;
	--oo-border-strong: #b9c0c9;
	--oo-text: #1c2026;
	--oo-muted: #5a6370;
	--oo-primary: #1f5fbf;
	--oo-primary-hover: #184c99;
	--oo-primary-text: #ffffff;
	--oo-focus: #1f5fbf;
	--oo-error: #a32117;
	--oo-error-bg: #fdf1f0;
	--oo-error-border: #f0c2bd;
	--oo-success: #1d6b35;
	--oo-info-bg: #eaf1fb;
	--oo-radius: 8px;
	--oo-shadow: 0 1px 2px rgba(16, 24, 40, 0.06);
	color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
body {
	margin: 0;
	background: var(--oo-bg);
	color: var(--oo-text);
	font-family: var(--oo-font);
	font-size: 15px;
	line-height: 1.5;
	-webkit-font-smoothing: antialiased;
}
#omniops-dashboard-root { min-height: 100vh; }
a { color: var(--oo-primary); text-underline-offset: 2px; }
a:hover { color: var(--oo-primary-hover); }
:focus-visible { outline: 2px solid var(--oo-focus); outline-offset: 2px; }
h1[tabindex="-1"]:focus { outline: none; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0; font-weight: 650; letter-spacing: -0.01em; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 0 0 12px; font-weight: 620; }
p { margin: 0; }
code, .monospace { font-family: var(--oo-mono); font-size: 0.875em; }
.visually-hidden {
	position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
	overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}
.muted { color: var(--oo-muted); }

.skip-link {
	position: absolute; left: 8px; top: -48px; z-index: 10;
	background: var(--oo-surface); padding: 8px 12px; border-radius: var(--oo-radius);
	box-shadow: 0 2px 8px rgba(0, 0, 0, 0.15);
}
.skip-link:focus { top: 8px; }

.app-header { background: var(--oo-surface); border-bottom: 1px solid var(--oo-border); }
.app-header-inner {
	max-width: 1080px; margin: 0 auto; padding: 10px 24px; min-height: 56px;
	display: flex; align-items: center; justify-content: space-between; gap: 12px; flex-wrap: wrap;
}
.app-header-error { max-width: 1080px; margin: 0 auto; padding: 0 24px 12px; }
.brand { font-weight: 700; font-size: 1.05rem; color: var(--oo-text); text-decoration: none; white-space: nowrap; }
.brand:hover { color: var(--oo-text); }
.brand-area {
	font-weight: 600; font-size: 0.75rem; color: var(--oo-muted); border: 1px solid var(--oo-border);
	border-radius: 999px; padding: 1px 8px; margin-left: 6px; vertical-align: 2px;
}
.app-header-user { display: flex; align-items: center; gap: 12px; min-width: 0; }
.user-email { color: var(--oo-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.app-main { max-width: 1080px; margin: 0 auto; padding: 32px 24px 64px; }

.page-header { margin-bottom: 24px; }
.page-description { color: var(--oo-muted); margin-top: 6px; }
.breadcrumb { margin-bottom: 6px; font-size: 0.9rem; }
.breadcrumb a::after { content: " /"; color: var(--oo-muted); display: inline-block; margin-left: 6px; text-decoration: none; }

.card {
	background: var(--oo-surface); border: 1px solid var(--oo-border); border-radius: var(--oo-radius);
	padding: 20px; box-shadow: var(--oo-shadow); margin-bottom: 32px;
}
.section { margin-bottom: 36px; }
.section-description { color: var(--oo-muted); margin: -4px 0 16px; }
.empty {
	color: var(--oo-muted); background: var(--oo-surface); border: 1px dashed var(--oo-border-strong);
	border-radius: var(--oo-radius); padding: 20px;
}
.notice { background: var(--oo-info-bg); border-radius: var(--oo-radius); padding: 12px 14px; margin-bottom: 16px; }

.form { display: flex; flex-direction: column; gap: 16px; }
.field { display: flex; flex-direction: column; gap: 6px; min-width: 0; }
.field label, .token-panel label { font-weight: 600; font-size: 0.9rem; }
.field input, .copy-field input {
	font: inherit; color: inherit; width: 100%; min-height: 40px; padding: 8px 10px;
	background: var(--oo-surface); border: 1px solid var(--oo-border-strong); border-radius: 6px;
}
.field input:focus-visible, .copy-field input:focus-visible { outline-offset: 0; border-color: var(--oo-focus); }
.field input[aria-invalid="true"] { border-color: var(--oo-error); }
.field-hint { color: var(--oo-muted); font-size: 0.875rem; }
.field-error { color: var(--oo-error); font-size: 0.875rem; font-weight: 550; }
.form-inline-row { display: flex; align-items: flex-start; gap: 12px; }
.form-inline-row .field { flex: 1 1 auto; max-width: 420px; }
.form-inline-row .button { margin-top: 27px; }
.status-message:empty { display: none; }
.status-message { color: var(--oo-success); }

.button {
	font: inherit; font-weight: 600; display: inline-flex; align-items: center; justify-content: center;
	min-height: 40px; padding: 8px 16px; border-radius: 6px; border: 1px solid transparent;
	cursor: pointer; white-space: nowrap; text-decoration: none;
}
.button-primary { background: var(--oo-primary); color: var(--oo-primary-text); }
.button-primary:hover { background: var(--oo-primary-hover); }
.button-secondary { background: var(--oo-surface); color: var(--oo-text); border-color: var(--oo-border-strong); }
.button-secondary:hover { background: #eef0f3; }
.button-small { min-height: 32px; padding: 4px 12px; font-size: 0.875rem; }
.button-block { width: 100%; }
.button[aria-disabled="true"] { opacity: 0.65; cursor: progress; }

.alert { border-radius: var(--oo-radius); padding: 12px 14px; display: flex; gap: 12px; align-items: center; justify-content: space-between; flex-wrap: wrap; }
.alert-error { background: var(--oo-error-bg); border: 1px solid var(--oo-error-border); color: var(--oo-error); }
.alert { margin-bottom: 16px; }
.form > .alert, .new-token > .alert { margin-bottom: 0; }

.loading { display: flex; align-items: center; gap: 10px; color: var(--oo-muted); padding: 12px 0; }
.spinner {
	width: 16px; height: 16px; border-radius: 50%; border: 2px solid var(--oo-border-strong);
	border-top-color: var(--oo-primary); animation: oo-spin 0.8s linear infinite;
}
@keyframes oo-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation-duration: 2.4s; } }

.data-table {
	width: 100%; border-collapse: separate; border-spacing: 0; background: var(--oo-surface);
	border: 1px solid var(--oo-border); border-radius: var(--oo-radius); box-shadow: var(--oo-shadow);
	overflow: hidden;
}
.data-table th, .data-table td { text-align: left; padding: 10px 14px; vertical-align: top; }
.data-table th {
	font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--oo-muted);
	font-weight: 600; background: #fafbfc; border-bottom: 1px solid var(--oo-border);
}
.data-table tbody tr + tr td { border-top: 1px solid var(--oo-border); }
.data-table td.numeric, .data-table th.numeric { font-variant-numeric: tabular-nums; }
.data-table td.break { overflow-wrap: anywhere; word-break: break-word; }
.data-table td:first-child a { font-weight: 600; }
.data-table td.nowrap { white-space: nowrap; }

.badge { display: inline-block; font-size: 0.8rem; font-weight: 600; border-radius: 999px; padding: 1px 10px; }
.badge-info { background: var(--oo-info-bg); color: var(--oo-primary-hover); }
.badge-muted { background: #eef0f3; color: var(--oo-muted); }
.badge-alert { background: var(--oo-error-bg); color: var(--oo-error); }
.rule-list { list-style: none; padding: 0; margin: 0 0 20px; display: grid; gap: 12px; }

.new-token { display: flex; flex-direction: column; align-items: flex-start; gap: 16px; margin-bottom: 20px; }
.new-token > .alert { align-self: stretch; }
.token-panel {
	align-self: stretch; display: flex; flex-direction: column; gap: 8px; padding: 16px;
	background: var(--oo-surface); border: 1px solid var(--oo-primary); border-radius: var(--oo-radius);
	box-shadow: var(--oo-shadow);
}
.copy-field { display: flex; gap: 8px; }
.copy-field input { flex: 1 1 auto; min-width: 0; background: #fafbfc; font-family: var(--oo-mono); font-size: 0.9rem; }
.token-panel .field-hint { color: var(--oo-text); font-size: 0.9rem; }
.token-warning { font-weight: 600; font-size: 0.875rem; }

.auth { min-height: 100vh; display: flex; align-items: flex-start; justify-content: center; padding: 10vh 16px 32px; }
.auth-card {
	width: 100%; max-width: 420px; background: var(--oo-surface); border: 1px solid var(--oo-border);
	border-radius: 12px; padding: 28px; box-shadow: 0 4px 16px rgba(16, 24, 40, 0.06);
}
.auth-brand { font-weight: 700; font-size: 1.05rem; margin-bottom: 20px; }
.auth .page-header { margin-bottom: 20px; }
.auth h1 { font-size: 1.35rem; }

@media (max-width: 640px) {
	.app-header-inner { padding: 10px 16px; }
	.app-header-user { width: 100%; justify-content: space-between; }
	.app-header-error { padding: 0 16px 12px; }
	.app-main { padding: 24px 16px 48px; }
	h1 { font-size: 1.35rem; }
	.card { padding: 16px; }
	.auth-card { padding: 20px; }
	.form-inline-row { flex-direction: column; align-items: stretch; }
	.form-inline-row .field { max-width: none; }
	.form-inline-row .button { margin-top: 0; }
	.new-token > .button { align-self: stretch; }
	.data-table, .data-table tbody, .data-table tr, .data-table td { display: block; width: 100%; }
	.data-table { border: none; box-shadow: none; background: transparent; overflow: visible; }
	.data-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0, 0, 0, 0); }
	.data-table tr {
		background: var(--oo-surface); border: 1px solid var(--oo-border); border-radius: var(--oo-radius);
		box-shadow: var(--oo-shadow); padding: 6px 0; margin-bottom: 12px;
	}
	.data-table tbody tr + tr td { border-top: none; }
	.data-table td.nowrap { white-space: normal; overflow-wrap: anywhere; }
	.data-table td { display: grid; grid-template-columns: 6.5rem minmax(0, 1fr); justify-items: start; gap: 12px; padding: 6px 14px; }
	.data-table td::before {
		content: attr(data-label); font-size: 0.8rem; font-weight: 600; color: var(--oo-muted);
		text-transform: uppercase; letter-spacing: 0.04em; padding-top: 2px;
	}
}
.button-link { background: none; border: 0; padding: 0; color: var(--oo-primary); text-decoration: underline; cursor: pointer; font: inherit; }
.qr-code { display: block; background: #fff; border: 1px solid var(--oo-border); border-radius: var(--oo-radius); margin: 0 0 16px; }
.backup-codes { columns: 2; list-style: none; padding: 0; margin: 0 0 16px; font-family: var(--oo-mono); }
.backup-codes li { padding: 4px 0; }
.app-nav { display: flex; gap: 16px; flex-wrap: wrap; }
.app-nav a[aria-current="page"] { font-weight: 700; text-decoration: underline; }
.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; align-items: end; margin-bottom: 16px; }
.toolbar { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin: 12px 0; }
.method-choice { border: 0; padding: 0; margin: 0 0 16px; }
.method-choice legend { font-weight: 600; margin-bottom: 6px; padding: 0; }
.choice { display: flex; align-items: center; gap: 8px; min-height: 32px; }
.factor { border-top: 1px solid var(--oo-border); padding-top: 16px; margin-top: 16px; }
.factor h3 { margin: 0 0 4px; font-size: 1rem; }
.table-scroll { overflow-x: auto; }
.permission-matrix { border-collapse: collapse; width: 100%; background: var(--oo-surface); }
.permission-matrix th, .permission-matrix td { border-bottom: 1px solid var(--oo-border); padding: 8px 10px; text-align: left; vertical-align: top; }
.permission-matrix thead th { font-size: 0.85rem; }
.permission-matrix td { text-align: center; vertical-align: middle; }
.permission-matrix input[type="checkbox"] { width: 20px; height: 20px; }
/* Organization area (/app): switcher, section nav, impersonation banner, transcript. */
.org-switcher { display: flex; align-items: center; gap: 6px; font-size: 0.9rem; }
.org-switcher select, .data-table select, .field select { font: inherit; min-height: 36px; padding: 4px 8px; }
.org-nav { margin: 0 0 16px; flex-wrap: wrap; }
.org-nav a[aria-current="page"] { font-weight: 700; text-decoration: underline; }
.impersonation-banner { background: #fff4d6; border-bottom: 2px solid #b7791f; padding: 10px 16px; position: sticky; top: 0; z-index: 10; }
.impersonation-banner p { margin: 0; }
.transcript { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 12px; }
.transcript li { background: var(--oo-surface); border: 1px solid var(--oo-border); border-radius: var(--oo-radius); padding: 10px 12px; }
.transcript .message-assistant { margin-left: 24px; }
`;

/**
 * Adds the stylesheet to `doc` once.
 *
 * @param doc The document to style.
 */
export function injectStyles( doc: Document ): void {
	if ( doc.getElementById( STYLE_ELEMENT_ID ) ) {
		return;
	}
	const style = doc.createElement( 'style' );
	style.id = STYLE_ELEMENT_ID;
	style.textContent = css;
	doc.head.appendChild( style );
}
