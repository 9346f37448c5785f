/**
 * The quick-actions panel of the wp-admin page: it loads the widget's quick actions
 * (omniops/v1/appearance) and the shop's page types (omniops/v1/page-types), lets the shop
 * owner switch chips off, rename them and choose the contact and FAQ pages, and saves both
 * — the actions over the freshest copy of the other widget settings, so an appearance change
 * saved meanwhile is kept. apiFetch answers as the plugin's routes do.
 */
import apiFetch from '@wordpress/api-fetch';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import type { WidgetSettings } from '../appearanceApi';
import type {
	PageTypeChoices,
	QuickActionSettings as Actions,
} from '../quickActionsApi';
import { QuickActionSettings } from './QuickActionSettings';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock;

const actions = (): Actions => ( {
	product: {
		addToCart: { enabled: true, label: '' },
		checkStock: { enabled: true, label: '' },
		compare: { enabled: true, label: '' },
	},
	contact: {
		scheduleCall: { enabled: false, label: '', url: '' },
		emailUs: { enabled: true, label: '', email: '' },
	},
	faq: { searchHelp: { enabled: true, label: '' } },
} );

const settings = ( overrides: Partial< WidgetSettings > = {} ) => ( {
	brandName: 'Kaffeewerk',
	welcomeMessage: 'Hallo!',
	primaryColor: '#123456',
	position: 'right',
	launcherIcon: 'chat',
	avatarUrl: '',
	locale: 'de',
	consentRequired: false,
	retention: { minDays: 1, maxDays: 90, defaultDays: 30 },
	quickActions: actions(),
	...overrides,
} );

const pageTypes = (): PageTypeChoices => ( {
	chosen: { contact: [], faq: [] },
	detected: { contact: [ 7 ], faq: [] },
	pages: [
		{ id: 7, title: 'Kontakt' },
		{ id: 9, title: 'Hilfe' },
	],
} );

interface Call {
	path: string;
	method: string;
	data?: unknown;
}

/**
 * Answers as the plugin: GET appearance returns `stored()` (read at call time, so a test can
 * change what the server holds), PUTs echo what they were sent.
 */
function answerAsThePlugin( stored: () => object ): Call[] {
	const calls: Call[] = [];
	fetchMock.mockImplementation(
		async ( options: { path: string; method?: string; data?: any } ) => {
			const method = options.method ?? 'GET';
			calls.push( { path: options.path, method, data: options.data } );
			if ( options.path === '/omniops/v1/appearance' ) {
				return method === 'PUT'
					? { settings: options.data.settings }
					: { settings: stored() };
			}
			if ( options.path === '/omniops/v1/page-types' ) {
				return method === 'PUT'
					? { ...pageTypes(), chosen: options.data }
					: pageTypes();
			}
			throw new Error( `unexpected ${ method } ${ options.path }` );
		}
	);
	return calls;
}

beforeEach( () => {
	fetchMock.mockReset();
	window.omniopsAdmin = {
		adminEmail: 'shop@example.com',
	} as typeof window.omniopsAdmin;
} );

afterEach( () => {
	delete window.omniopsAdmin;
} );

it( 'saves edited chips and chosen pages, keeping an appearance change saved meanwhile', async () => {
	let stored = settings();
	const calls = answerAsThePlugin( () => stored );
	render( <QuickActionSettings /> );

	// Loaded: the e-mail starts as the address WordPress mails from; the detected contact
	// page is named while none is ticked.
	const email = await screen.findByLabelText( 'Shop e-mail' );
	expect( ( email as HTMLInputElement ).value ).toBe( 'shop@example.com' );
	expect(
		screen.getByText(
			/these are recognised by their name or contact form: Kontakt\./
		)
	).toBeTruthy();
	expect(
		screen.getByText(
			/pages are recognised by their name or contact form; none matches yet/
		)
	).toBeTruthy();

	fireEvent.click( screen.getByLabelText( 'Compare' ) );
	fireEvent.change( screen.getByLabelText( 'Label for “Add to cart”' ), {
		target: { value: 'In den Warenkorb' },
	} );
	fireEvent.click( screen.getByLabelText( 'Schedule a call' ) );
	fireEvent.change( screen.getByLabelText( 'Booking link (https://…)' ), {
		target: { value: 'https://cal.example.com/shop' },
	} );
	// "Hilfe" is a FAQ page: the second list of pages is the FAQ one.
	fireEvent.click( screen.getAllByLabelText( 'Hilfe' )[ 1 ]! );

	// Meanwhile the appearance panel saved another colour.
	stored = settings( { primaryColor: '#abcdef' } );
	fireEvent.click(
		screen.getByRole( 'button', { name: 'Save quick actions' } )
	);

	await screen.findByText(
		'Quick actions saved. They show on your shop’s pages now.'
	);
	const put = calls.find(
		( call ) =>
			call.path === '/omniops/v1/appearance' && call.method === 'PUT'
	)!;
	const sent = ( put.data as { settings: ReturnType< typeof settings > } )
		.settings;
	expect( sent.primaryColor ).toBe( '#abcdef' );
	expect( sent.quickActions ).toEqual( {
		product: {
			addToCart: { enabled: true, label: 'In den Warenkorb' },
			checkStock: { enabled: true, label: '' },
			compare: { enabled: false, label: '' },
		},
		contact: {
			scheduleCall: {
				enabled: true,
				label: '',
				url: 'https://cal.example.com/shop',
			},
			emailUs: { enabled: true, label: '', email: 'shop@example.com' },
		},
		faq: { searchHelp: { enabled: true, label: '' } },
	} );
	expect(
		calls.find(
			( call ) =>
				call.path === '/omniops/v1/page-types' && call.method === 'PUT'
		)?.data
	).toEqual( { contact: [], faq: [ 9 ] } );
	// The panel shows what the server saved.
	expect(
		( screen.getByLabelText( 'Compare' ) as HTMLInputElement ).checked
	).toBe( false );
	expect(
		( screen.getAllByLabelText( 'Hilfe' )[ 1 ] as HTMLInputElement ).checked
	).toBe( true );
} );

it( 'keeps a stored shop e-mail and says why a save was refused', async () => {
	const stored = settings();
	( stored.quickActions as Actions ).contact.emailUs.email =
		'hello@kaffeewerk.example';
	answerAsThePlugin( () => stored );
	render( <QuickActionSettings /> );

	const email = await screen.findByLabelText( 'Shop e-mail' );
	expect( ( email as HTMLInputElement ).value ).toBe(
		'hello@kaffeewerk.example'
	);

	fetchMock.mockImplementation(
		async ( options: { path: string; method?: string } ) => {
			if ( options.method === 'PUT' ) {
				throw {
					code: 'rest_invalid_param',
					message: 'Invalid parameter(s): settings',
					data: {
						params: {
							settings:
								'The booking link must start with https://.',
						},
					},
				};
			}
			return options.path === '/omniops/v1/page-types'
				? pageTypes()
				: { settings: stored };
		}
	);
	fireEvent.click(
		screen.getByRole( 'button', { name: 'Save quick actions' } )
	);

	await screen.findByText( 'The booking link must start with https://.' );
	expect(
		screen.queryByText(
			'Quick actions saved. They show on your shop’s pages now.'
		)
	).toBeNull();
	// The button is usable again for the next try.
	await waitFor( () =>
		expect(
			(
				screen.getByRole( 'button', {
					name: 'Save quick actions',
				} ) as HTMLButtonElement
			 ).getAttribute( 'aria-disabled' )
		).not.toBe( 'true' )
	);
} );

it( 'shows why loading failed and loads again on "Try again"', async () => {
	fetchMock.mockRejectedValueOnce( {
		code: 'omniops_not_connected',
		message: 'Connect the shop to OmniOps first.',
	} );
	fetchMock.mockResolvedValueOnce( pageTypes() );
	render( <QuickActionSettings /> );

	await screen.findByText( 'Connect the shop to OmniOps first.' );
	expect( screen.queryByLabelText( 'Shop e-mail' ) ).toBeNull();

	answerAsThePlugin( () => settings() );
	fireEvent.click( screen.getByRole( 'button', { name: 'Try again' } ) );
	expect( await screen.findByLabelText( 'Shop e-mail' ) ).toBeTruthy();
	expect(
		screen.queryByText( 'Connect the shop to OmniOps first.' )
	).toBeNull();
} );
