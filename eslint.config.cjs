/**
 * One lint set-up for every part: @wordpress/scripts' flat config, plus TypeScript and
 * Node settings for the sidecar, tests and scripts.
 */
const wpConfig = require( '@wordpress/scripts/config/eslint.config.cjs' );
const globals = require( 'globals' );

module.exports = [
	{
		ignores: [
			'**/build/**',
			'**/node_modules/**',
			'data/**',
			'test-results/**',
			'coverage/**',
		],
	},
	...wpConfig,
	{
		files: [
			'sidecar/**',
			'tests/**',
			'bench/**',
			'scripts/**',
			'*.config.{js,cjs,mjs,ts}',
		],
		languageOptions: { globals: { ...globals.node, ...globals.jest } },
		rules: {
			// Server code logs through pino; console is fine in scripts and benches.
			'no-console': 'off',
			// Server and test code import from node_modules the WordPress rule does not know.
			'import/no-extraneous-dependencies': 'off',
			'@wordpress/no-global-active-element': 'off',
		},
	},
	{
		// The server logs through pino (a stray console line is a debug print left behind).
		files: [ 'sidecar/src/**' ],
		ignores: [ '**/*.test.ts' ],
		rules: { 'no-console': 'error' },
	},
	{
		files: [ '**/*.ts', '**/*.tsx' ],
		rules: {
			// TypeScript signatures document parameters; JSDoc says why, not what each argument is.
			'jsdoc/require-param': 'off',
			'jsdoc/require-param-type': 'off',
			'jsdoc/require-returns-type': 'off',
		},
	},
	{
		files: [ '**/*.test.ts', '**/*.test.tsx' ],
		rules: {
			'jsdoc/check-tag-names': [
				'error',
				{ definedTags: [ 'jest-environment' ] },
			],
		},
	},
	{
		files: [ 'widget-src/**', 'admin-src/**', 'dashboard-src/**' ],
		rules: {
			// Browser code must not reach into the sidecar's internals (DESIGN: boundaries by lint).
			'no-restricted-imports': [
				'error',
				{ patterns: [ '**/sidecar/**' ] },
			],
		},
	},
	{
		files: [ 'contracts/plain/**' ],
		rules: {
			// Browser apps import contracts/plain/ as values (ADR 0032): no zod in it, so none in
			// their bundles. (The dependency rules check its imports of other contracts.)
			'no-restricted-imports': [
				'error',
				{ paths: [ 'zod', 'zod/mini' ], patterns: [ 'zod/*' ] },
			],
		},
	},
];
