/**
 * Three bundles, all from @wordpress/scripts' default configuration:
 * - wordpress: the storefront loader (+ cart.js for product pages) and the wp-admin settings page, built into plugin/build
 *   with WordPress externals and *.asset.php files (WordPress serves React for wp-admin).
 * - widget: the iframe app, served by the sidecar; the iframe page is not a WordPress page,
 *   so it bundles its own renderer: Preact through preact/compat (ADR 0025), not React.
 * - dashboard: the sidecar's dashboard SPA under /owner; React bundled for the same reason.
 */
const path = require( 'path' );
const TerserPlugin = require( 'terser-webpack-plugin' );
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

const base = Array.isArray( defaultConfig )
	? defaultConfig[ 0 ]
	: defaultConfig;
const withoutWordPressExternals = base.plugins.filter(
	( plugin ) =>
		plugin.constructor.name !== 'DependencyExtractionWebpackPlugin'
);
const resolve = {
	...base.resolve,
	extensions: [ '.ts', '.tsx', '.js', '.jsx', '...' ],
};

// The iframe app has a 60 KB gzip budget (bench/widget-size.mjs). Terser may treat it as
// one module scope (`module`: top-level names mangled) in ES2020 syntax, which every
// browser of the default target list runs, and take a third pass. `pure_getters`: reading
// a property has no side effect (no code here reads one for its effect); `unsafe_arrows`:
// `function` expressions that use neither `this` nor `arguments` become arrows (nothing
// here calls those with `new`). Together: -205 B gzip on the app.
const widgetMinifier = new TerserPlugin( {
	extractComments: false,
	terserOptions: {
		ecma: 2020,
		module: true,
		compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
		format: { comments: false },
	},
} );

// The iframe app is written against React's API (and its Jest tests run on React) but ships
// Preact through preact/compat: React + ReactDOM were ~47 KB of the app's 60 KB gzip budget
// (ADR 0025). Exact-match keys (`$`) so only these four specifiers are swapped. Widget build
// only: wp-admin and the dashboard use @wordpress/components, which needs real React.
const widgetResolve = {
	...resolve,
	alias: {
		...resolve.alias,
		react$: 'preact/compat',
		'react-dom$': 'preact/compat',
		'react-dom/client$': 'preact/compat/client',
		'react/jsx-runtime$': 'preact/jsx-runtime',
		'react/jsx-dev-runtime$': 'preact/jsx-runtime',
	},
};

module.exports = [
	{
		...base,
		name: 'wordpress',
		entry: {
			loader: path.resolve( __dirname, 'widget-src/loader/index.ts' ),
			// The Store API half of "Add to cart", enqueued on product pages only.
			cart: path.resolve( __dirname, 'widget-src/loader/cart.ts' ),
			// The order-attribution cookie, enqueued on WooCommerce shops (ADR 0012).
			attribution: path.resolve(
				__dirname,
				'widget-src/loader/attribution.ts'
			),
			admin: path.resolve( __dirname, 'admin-src/index.tsx' ),
		},
		output: {
			...base.output,
			path: path.resolve( __dirname, 'plugin/build' ),
		},
		resolve,
	},
	{
		...base,
		name: 'widget',
		entry: { app: path.resolve( __dirname, 'widget-src/app/index.tsx' ) },
		output: {
			...base.output,
			path: path.resolve( __dirname, 'build/widget' ),
		},
		plugins: withoutWordPressExternals,
		resolve: widgetResolve,
		optimization: { ...base.optimization, minimizer: [ widgetMinifier ] },
	},
	{
		...base,
		name: 'dashboard',
		entry: {
			dashboard: path.resolve( __dirname, 'dashboard-src/index.tsx' ),
		},
		output: {
			...base.output,
			path: path.resolve( __dirname, 'build/dashboard' ),
			// Lazy chunks named by content: the sidecar serves them immutable for a year
			// (scripts/compress-assets.mjs hashes the entry the same way; ADR 0028).
			chunkFilename: '[name].[contenthash:12].js',
		},
		plugins: withoutWordPressExternals,
		resolve,
	},
];
