/**
 * One jest run, four projects: the sidecar (Node, real SQLite and PostgreSQL) and the three
 * browser apps (jsdom: widget, dashboard, wp-admin page). Coverage is collected over all four
 * (sidecar, widget, admin, dashboard sources) with a floor on lines overall, and per-file
 * thresholds guard the widget and dashboard data hooks.
 */
const tsJest = [
	'ts-jest',
	{
		tsconfig: {
			module: 'commonjs',
			moduleResolution: 'node',
			jsx: 'react-jsx',
			esModuleInterop: true,
			isolatedModules: true,
		},
		diagnostics: false,
	},
];

const common = {
	transform: {
		'^.+\\.tsx?$': tsJest,
		'^.+\\.m?jsx?$':
			require.resolve( '@wordpress/scripts/config/babel-transform' ),
	},
	transformIgnorePatterns: [
		'/node_modules/(?!(uuid|@wordpress/theme|otplib|@otplib|@scure|@noble)/)',
	],
	moduleFileExtensions: [ 'ts', 'tsx', 'js', 'jsx', 'mjs', 'json' ],
	rootDir: __dirname,
};

module.exports = {
	projects: [
		{
			...common,
			displayName: 'sidecar',
			testEnvironment: 'node',
			testMatch: [
				'<rootDir>/sidecar/**/*.test.ts',
				'<rootDir>/tests/eval/**/*.test.ts',
			],
		},
		{
			...common,
			displayName: 'widget',
			testEnvironment: 'jsdom',
			setupFilesAfterEnv: [ '<rootDir>/tests/support/jsdom-setup.ts' ],
			testMatch: [ '<rootDir>/widget-src/**/*.test.ts?(x)' ],
		},
		{
			...common,
			displayName: 'dashboard',
			testEnvironment: 'jsdom',
			setupFilesAfterEnv: [ '<rootDir>/tests/support/jsdom-setup.ts' ],
			testMatch: [ '<rootDir>/dashboard-src/**/*.test.ts?(x)' ],
		},
		{
			...common,
			displayName: 'admin',
			testEnvironment: 'jsdom',
			setupFilesAfterEnv: [ '<rootDir>/tests/support/jsdom-setup.ts' ],
			testMatch: [ '<rootDir>/admin-src/**/*.test.ts?(x)' ],
		},
	],
	testTimeout: 30_000,
	// `npx jest --coverage` (tests/run-all.sh) measures the whole code (issue 14 item 7): the
	// sidecar, the three browser apps and contracts/, without tests, test helpers, test-only data,
	// migrations and type declarations. Files no test loads count as uncovered.
	collectCoverageFrom: [
		'<rootDir>/contracts/**/*.ts',
		'<rootDir>/sidecar/src/**/*.ts',
		'<rootDir>/widget-src/**/*.{ts,tsx}',
		'<rootDir>/admin-src/**/*.{ts,tsx}',
		'<rootDir>/dashboard-src/**/*.{ts,tsx}',
		'!**/*.test.{ts,tsx}',
		'!**/*.d.ts',
		'!<rootDir>/sidecar/src/db/migrations/**',
		'!<rootDir>/widget-src/test-utils.ts',
		'!<rootDir>/widget-src/app/xss-payloads.ts',
		'!<rootDir>/dashboard-src/test/**',
	],
	coverageThreshold: {
		// Floor over every measured file not named below (jest leaves the files of a path/glob
		// threshold out of `global`, so this pool is the whole code minus the hooks): the
		// seed's 80% of lines. Measured 2026-12-06 at 38b5e2b (sidecar on SQLite only): this
		// pool 85.4% of lines, the whole code 86.1% (ADR 0030). Raise it to the measured
		// figure, rounded down, once issue 14's restructuring has landed; never lower it.
		global: { lines: 80 },
		// Each widget hook file keeps at least 90% of its lines covered (issue 3).
		'./widget-src/app/hooks/*.ts': { lines: 90 },
		// The widget-health live cards and latency series (issue 6).
		'./dashboard-src/hooks/useRealtimeAnalytics.ts': { lines: 90 },
		'./dashboard-src/hooks/usePerformanceData.ts': { lines: 90 },
		// Billing-critical: the subscription state hook (issue 6).
		'./dashboard-src/hooks/useDomainSubscription.ts': { lines: 90 },
	},
};
