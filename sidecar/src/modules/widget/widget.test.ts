import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import {
	startTestShopSidecar,
	type ConnectedSite,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';
import { signedHeaders } from '../../../../tests/support/flows';
import { signedCall } from '../../../../tests/support/connect-shop';

const SETTINGS = {
	brandName: 'Acme Help',
	welcomeMessage: 'Hallo! Wie können wir helfen?',
	primaryColor: '#aa3300',
	position: 'left',
	launcherIcon: 'help',
	avatarUrl: 'https://shop.example/avatar.png',
	locale: 'de_DE',
	consentRequired: true,
	retention: { minDays: 7, maxDays: 90, defaultDays: 30 },
};

const DEFAULT_QUICK_ACTIONS = {
	product: {
		addToCart: { enabled: true, label: '' },
		checkStock: { enabled: true, label: '' },
		compare: { enabled: true, label: '' },
	},
	contact: {
		scheduleCall: { enabled: false, label: '', url: '' },
		emailUs: { enabled: false, label: '', email: '' },
	},
	faq: { searchHelp: { enabled: true, label: '' } },
};

const QUICK_ACTIONS = {
	product: {
		addToCart: { enabled: true, label: 'In den Warenkorb' },
		checkStock: { enabled: false, label: '' },
		compare: { enabled: true, label: '' },
	},
	contact: {
		scheduleCall: {
			enabled: true,
			label: 'Termin buchen',
			url: 'https://cal.example/acme',
		},
		emailUs: { enabled: true, label: '', email: 'help@shop.example' },
	},
	faq: { searchHelp: { enabled: false, label: '' } },
};

describe.each( testDialects() )( 'widget settings on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let site: ConnectedSite;

	beforeAll( async () => {
		( { sidecar, site } = await startTestShopSidecar( dialect ) );
	} );
	afterAll( () => sidecar.close() );

	const signed = ( method: string, body?: unknown ) =>
		signedCall( sidecar, site, method, '/api/site/widget-settings', body );
	const publicConfig = () =>
		call(
			sidecar.baseUrl,
			'GET',
			`/api/widget/config?site=${ site.publicKey }`
		);

	it( 'serves defaults until the shop saves settings, then the saved ones', async () => {
		const before = await publicConfig();
		expect( before.status ).toBe( 200 );
		expect( before.body ).toMatchObject( {
			siteKey: site.publicKey,
			position: 'right',
			consentRequired: false,
			retention: { minDays: 1, maxDays: 365, defaultDays: 30 },
			streaming: true,
		} );

		expect( before.body.quickActions ).toEqual( DEFAULT_QUICK_ACTIONS );

		// A client that predates quick actions leaves them out: the stored ones stay.
		const saved = await signed( 'PUT', SETTINGS );
		expect( saved.status ).toBe( 200 );
		expect( saved.body.settings ).toEqual( {
			...SETTINGS,
			quickActions: DEFAULT_QUICK_ACTIONS,
		} );
		expect( ( await signed( 'GET' ) ).body.settings ).toEqual(
			saved.body.settings
		);
		const after = await publicConfig();
		expect( after.body ).toMatchObject( SETTINGS );
		expect( after.body.allowedOrigins ).toEqual( [
			'https://shop.example',
		] );

		const frame = await call(
			sidecar.baseUrl,
			'GET',
			`/widget/frame?site=${ site.publicKey }`
		);
		expect( frame.body ).toContain( '<html lang="de-DE">' );
		expect( frame.body ).toContain( '<title>Acme Help chat</title>' );
	} );

	it.each( [
		[ 'a colour that is not #rrggbb', { primaryColor: 'red' } ],
		[ 'a javascript: avatar', { avatarUrl: 'javascript:alert(1)' } ],
		[ 'a plain http avatar', { avatarUrl: 'http://shop.example/a.png' } ],
		[ 'an unknown position', { position: 'top' } ],
		[
			'a default outside the range',
			{ retention: { minDays: 10, maxDays: 20, defaultDays: 30 } },
		],
		[
			'fractional days',
			{ retention: { minDays: 1.5, maxDays: 20, defaultDays: 10 } },
		],
		[ 'an empty brand name', { brandName: '   ' } ],
		[ 'an unknown field', { script: '<script>' } ],
	] )(
		'refuses %s with a 400 and changes nothing',
		async ( _name, change ) => {
			const response = await signed( 'PUT', { ...SETTINGS, ...change } );
			expect( response.status ).toBe( 400 );
			expect( response.body.error.code ).toBe( 'validation_failed' );
			expect( ( await signed( 'GET' ) ).body.settings ).toMatchObject(
				SETTINGS
			);
		}
	);

	it( 'drops a plain http avatar an older version stored and keeps the other settings', async () => {
		expect( ( await signed( 'PUT', SETTINGS ) ).status ).toBe( 200 );
		const row = await sidecar.db.kysely
			.selectFrom( 'widget_settings' )
			.select( 'settings' )
			.where( 'site_id', '=', site.siteId )
			.executeTakeFirstOrThrow();
		await sidecar.db.kysely
			.updateTable( 'widget_settings' )
			.set( {
				settings: JSON.stringify( {
					...JSON.parse( row.settings ),
					avatarUrl: 'http://shop.example/avatar.png',
				} ),
			} )
			.where( 'site_id', '=', site.siteId )
			.execute();
		expect( ( await signed( 'GET' ) ).body.settings ).toMatchObject( {
			...SETTINGS,
			avatarUrl: '',
		} );
		expect( ( await signed( 'PUT', SETTINGS ) ).status ).toBe( 200 );
	} );

	it( 'stores quick actions per page type and serves them to the widget', async () => {
		const saved = await signed( 'PUT', {
			...SETTINGS,
			quickActions: QUICK_ACTIONS,
		} );
		expect( saved.status ).toBe( 200 );
		expect( saved.body.settings.quickActions ).toEqual( QUICK_ACTIONS );
		expect( ( await publicConfig() ).body.quickActions ).toEqual(
			QUICK_ACTIONS
		);
		// Saving appearance alone (no quickActions) keeps them.
		await signed( 'PUT', { ...SETTINGS, brandName: 'Acme' } );
		expect( ( await signed( 'GET' ) ).body.settings ).toEqual( {
			...SETTINGS,
			brandName: 'Acme',
			quickActions: QUICK_ACTIONS,
		} );
		await signed( 'PUT', SETTINGS );
	} );

	const withContact = ( contact: object ) => ( {
		...QUICK_ACTIONS,
		contact: { ...QUICK_ACTIONS.contact, ...contact },
	} );
	it.each( [
		[
			'Schedule a call enabled without a link',
			withContact( {
				scheduleCall: { enabled: true, label: '', url: '' },
			} ),
		],
		[
			'a javascript: booking link',
			withContact( {
				scheduleCall: {
					enabled: true,
					label: '',
					url: 'javascript:alert(1)',
				},
			} ),
		],
		[
			'Email us enabled without an address',
			withContact( { emailUs: { enabled: true, label: '', email: '' } } ),
		],
		[
			'a label longer than 40 characters',
			{
				...QUICK_ACTIONS,
				faq: { searchHelp: { enabled: true, label: 'x'.repeat( 41 ) } },
			},
		],
		[
			'an unknown action',
			{
				...QUICK_ACTIONS,
				faq: { ...QUICK_ACTIONS.faq, deleteAll: { enabled: true } },
			},
		],
		[ 'a missing page type', { product: QUICK_ACTIONS.product } ],
	] )(
		'refuses quick actions with %s (400, nothing changes)',
		async ( _name, quickActions ) => {
			const before = ( await signed( 'GET' ) ).body.settings;
			const response = await signed( 'PUT', {
				...SETTINGS,
				quickActions,
			} );
			expect( response.status ).toBe( 400 );
			expect( response.body.error.code ).toBe( 'validation_failed' );
			expect( ( await signed( 'GET' ) ).body.settings ).toEqual( before );
		}
	);

	it( 'refuses unsigned and wrongly signed requests', async () => {
		const unsigned = await call(
			sidecar.baseUrl,
			'PUT',
			'/api/site/widget-settings',
			{ body: SETTINGS }
		);
		expect( unsigned.status ).toBe( 401 );
		const raw = JSON.stringify( { ...SETTINGS, brandName: 'Evil' } );
		const wrong = await call(
			sidecar.baseUrl,
			'PUT',
			'/api/site/widget-settings',
			{
				rawBody: raw,
				headers: signedHeaders(
					{ ...site, secret: 'sk_wrong' },
					'PUT',
					'/api/site/widget-settings',
					raw
				),
			}
		);
		expect( wrong.status ).toBe( 401 );
		expect( ( await publicConfig() ).body.brandName ).toBe( 'Acme Help' );
	} );
} );
