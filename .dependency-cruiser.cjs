/**
 * Module dependency rules (issue 14), checked by `npm run lint` (`depcruise`), and the source
 * of the generated module diagram in docs/architecture.md (`npm run docs:graph`).
 *
 * Tests may import anything: every rule below leaves test files and test helpers out of `from`.
 *
 * Known violations (KNOWN below) are today's code breaking a rule while the module wiring of
 * issue 14 (ADR 0026) is being redone: the files listed are left out of the rule's `error` and
 * reported by a twin rule `<rule> (known)` as warnings, so CI stays green for them and fails
 * for any new one. Tighten by deleting a line once its file is fixed.
 */
const TESTS = [
	'\\.test\\.tsx?$',
	'^tests/',
	'^widget-src/test-utils\\.ts$',
	'^widget-src/app/xss-payloads\\.ts$',
	'^dashboard-src/test/',
];

/** rule name -> files (regexes over the importing file) whose violations are already known. */
const KNOWN = {
	'no-circular': [
		// nav.ts lists the screens and the screens import nav.ts for ORG_NAV/links.
		'^dashboard-src/screens/org-area/(nav\\.ts|Org[A-Za-z]+\\.tsx)$',
		// db/index.ts runs the migrations; the migration helpers import its Dialect type.
		'^sidecar/src/db/(index\\.ts|migrations/)',
		// Inside one module: a helper imports a type of the file that calls it.
		'^sidecar/src/modules/assistant/(cards|responder)\\.ts$',
		'^sidecar/src/modules/chat/(changed-products|service)\\.ts$',
		'^sidecar/src/modules/commerce/(repo|search|vocabulary-repo)\\.ts$',
		'^sidecar/src/modules/knowledge/(analysis|repo)\\.ts$',
	],
	// One capturing group each, the importing file's module: the rule's `$1`.
	'repo-private-to-its-module': [
		// Types of commerce's product rows (ProductRecord, ProductState) read from its repo.
		'^sidecar/src/modules/(assistant)/(?:cards|embedded-responder|evidence)\\.ts$',
		'^sidecar/src/modules/(chat)/changed-products\\.ts$',
		// The daily report reads alert channel types from alerts/repo.
		'^sidecar/src/modules/(reports)/service\\.ts$',
	],
	'repo-not-outside-modules': [
		// Widget-events' rollup row types in the widget-health area (work in progress).
		'^sidecar/src/areas/(live-cards|widget-health)\\.ts$',
	],
};

const BROWSER_APPS = [ 'widget-src', 'admin-src', 'dashboard-src' ];

/**
 * A module's repository: `repo.ts`, a part split off it (`mfa-repo.ts`, `repo-….ts`) or a
 * `repo/` folder.
 */
const REPO = '[^/]*repo(?:\\.ts$|/|-[^/]*\\.ts$)';

const RULES = [
	{
		name: 'no-circular',
		severity: 'error',
		comment:
			'No import cycles, type-only imports included (a cycle through types still ties ' +
			'two modules together).',
		from: { pathNot: TESTS },
		to: { circular: true },
	},
	{
		name: 'browser-not-sidecar',
		severity: 'error',
		comment:
			'The browser apps run in the shop page, the iframe or the dashboard: they never ' +
			'import sidecar code (they share the route contracts through contracts/, ADR 0032).',
		from: { path: `^(${ BROWSER_APPS.join( '|' ) })/`, pathNot: TESTS },
		to: { path: '^sidecar/' },
	},
	{
		name: 'browser-contracts-types-only',
		severity: 'error',
		comment:
			'The browser apps take the route contracts as types only (`import type`, ADR 0032): ' +
			'a value import would bundle zod (about 93 KB gzip) into the widget, the dashboard ' +
			'or the wp-admin page. contracts/plain/ (no zod) is for values.',
		from: { path: `^(${ BROWSER_APPS.join( '|' ) })/`, pathNot: TESTS },
		to: {
			path: '^contracts/',
			pathNot: '^contracts/plain/',
			dependencyTypesNot: [ 'type-only' ],
		},
	},
	{
		name: 'contracts-plain-no-zod',
		severity: 'error',
		comment:
			'contracts/plain/ holds code both the sidecar and the browser apps run (ADR 0032): ' +
			'it takes values only from other plain modules, so importing it never bundles zod; ' +
			'types of the other contracts it may take.',
		from: { path: '^contracts/plain/' },
		to: {
			pathNot: '^contracts/plain/',
			dependencyTypesNot: [ 'type-only' ],
		},
	},
	{
		name: 'contracts-only-zod',
		severity: 'error',
		comment:
			'contracts/ is browser-safe and shared by the sidecar and the browser apps (ADR 0032): ' +
			'it imports other contracts and zod, nothing else (no sidecar code, no Node built-ins).',
		from: { path: '^contracts/' },
		to: { pathNot: [ '^contracts/', '^node_modules/zod/' ] },
	},
	...BROWSER_APPS.map( ( app ) => ( {
		name: `${ app }-not-other-apps`,
		severity: 'error',
		comment: `${ app } does not import another browser app's internals.`,
		from: { path: `^${ app }/`, pathNot: TESTS },
		to: {
			path: `^(${ BROWSER_APPS.filter( ( other ) => other !== app ).join(
				'|'
			) })/`,
		},
	} ) ),
	{
		name: 'repo-private-to-its-module',
		severity: 'error',
		comment:
			"A sidecar module never imports another module's repo (ADR 0026): it goes through " +
			"that module's index.ts / service. Inside its own module a repo is free to use.",
		from: { path: '^sidecar/src/modules/([^/]+)/', pathNot: TESTS },
		to: {
			path: `^sidecar/src/modules/[^/]+/${ REPO }`,
			pathNot: '^sidecar/src/modules/$1/',
		},
	},
	{
		name: 'repo-not-outside-modules',
		severity: 'error',
		comment:
			"Areas, platform, db and app.ts never import a module's repo (ADR 0026): they get " +
			"the module's public service from its index.ts.",
		from: {
			path: '^sidecar/',
			pathNot: [ '^sidecar/src/modules/', ...TESTS ],
		},
		to: { path: `^sidecar/src/modules/[^/]+/${ REPO }` },
	},
	{
		name: 'platform-not-modules',
		severity: 'error',
		comment:
			'platform/ is the ground the modules stand on: it never imports a module, an ' +
			'area or app.ts.',
		from: { path: '^sidecar/src/platform/', pathNot: TESTS },
		to: { path: '^sidecar/src/(modules|areas)/|^sidecar/src/app\\.ts$' },
	},
	{
		name: 'not-to-unresolvable',
		severity: 'error',
		comment: 'An import that resolves to nothing.',
		from: {},
		to: { couldNotResolve: true },
	},
];

/**
 * Each rule without its known files, plus a warning twin for exactly those files.
 *
 * @param {Object} rule a rule of RULES
 */
function withKnown( rule ) {
	const known = KNOWN[ rule.name ];
	if ( ! known ) {
		return [ rule ];
	}
	const fromPathNot = [].concat( rule.from.pathNot ?? [] );
	return [
		{
			...rule,
			from: { ...rule.from, pathNot: [ ...fromPathNot, ...known ] },
		},
		{
			...rule,
			name: `${ rule.name } (known)`,
			severity: 'warn',
			comment: `Known violation, to be fixed (issue 14). ${ rule.comment }`,
			from: { ...rule.from, path: known, pathNot: fromPathNot },
		},
	];
}

module.exports = {
	forbidden: RULES.flatMap( withKnown ),
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '(^|/)(node_modules|build|dist)/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			exportsFields: [ 'exports' ],
			conditionNames: [ 'import', 'require', 'node', 'default', 'types' ],
			extensions: [ '.ts', '.tsx', '.js', '.mjs', '.cjs', '.json' ],
		},
		reporterOptions: {
			text: { highlightFocused: true },
		},
	},
};
