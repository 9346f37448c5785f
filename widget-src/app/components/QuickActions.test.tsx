/** @jest-environment jsdom */
import {
	act,
	renderHook,
	render,
	screen,
	fireEvent,
} from '@testing-library/react';
import { createEnvelope, type PageContext } from '../../protocol';
import { useParentCommunication } from '../hooks/useParentCommunication';
import { createTranslator } from '../i18n';
import { quickActionsFor, type QuickActionSettings } from '../quickActions';
import { fakeHostWindow } from '../../test-utils';
import { QuickActions, type QuickActionsProps } from './QuickActions';

const SHOP = 'https://shop.example';
const t = createTranslator( 'en' );
const tDe = createTranslator( 'de_DE' );

const SETTINGS: QuickActionSettings = {
	product: {
		addToCart: { enabled: true, label: '' },
		checkStock: { enabled: true, label: 'Still there?' },
		compare: { enabled: false, label: '' },
	},
	contact: {
		scheduleCall: {
			enabled: true,
			label: '',
			url: 'https://cal.example/shop',
		},
		emailUs: { enabled: true, label: '', email: 'hello@shop.example' },
	},
	faq: { searchHelp: { enabled: true, label: '' } },
};

const page = ( extra: Partial< PageContext > ): PageContext => ( {
	url: `${ SHOP }/x`,
	title: 'X',
	referrer: '',
	...extra,
} );

describe( 'quickActionsFor', () => {
	it( 'offers the enabled product actions with the shop’s labels or ours', () => {
		const actions = quickActionsFor(
			page( { pageType: 'product', productId: '42' } ),
			SETTINGS,
			t
		);
		expect( actions ).toEqual( [
			{ id: 'addToCart', label: 'Add to cart', productId: '42' },
			{
				id: 'checkStock',
				label: 'Still there?',
				message: 'Is this product in stock?',
			},
		] );
		expect(
			quickActionsFor(
				page( { pageType: 'product', productId: '42' } ),
				SETTINGS,
				tDe
			)[ 0 ]!.label
		).toBe( 'In den Warenkorb' );
	} );

	it( 'offers contact links on contact pages and help search on FAQ pages, nothing elsewhere', () => {
		expect(
			quickActionsFor( page( { pageType: 'contact' } ), SETTINGS, t )
		).toEqual( [
			{
				id: 'scheduleCall',
				label: 'Schedule a call',
				href: 'https://cal.example/shop',
			},
			{
				id: 'emailUs',
				label: 'Email us',
				href: 'mailto:hello@shop.example',
			},
		] );
		expect(
			quickActionsFor( page( { pageType: 'faq' } ), SETTINGS, t )
		).toEqual( [ { id: 'searchHelp', label: 'Search help articles' } ] );
		for ( const pageType of [ 'other', 'cart', 'category' ] as const ) {
			expect(
				quickActionsFor( page( { pageType } ), SETTINGS, t )
			).toEqual( [] );
		}
		// A product page without an id, or a sidecar without quick actions: none.
		expect(
			quickActionsFor( page( { pageType: 'product' } ), SETTINGS, t )
		).toEqual( [] );
		expect(
			quickActionsFor( page( { pageType: 'faq' } ), undefined, t )
		).toEqual( [] );
	} );

	it( 'never turns a stored non-web link into an href', () => {
		const hostile = {
			...SETTINGS,
			contact: {
				scheduleCall: {
					enabled: true,
					label: '',
					url: 'javascript:alert(1)',
				},
				emailUs: {
					enabled: true,
					label: '',
					email: 'x@y?subject=spam',
				},
			},
		};
		expect(
			quickActionsFor( page( { pageType: 'contact' } ), hostile, t )
		).toEqual( [] );
	} );
} );

describe( 'QuickActions', () => {
	const productPage = page( { pageType: 'product', productId: '42' } );
	/**
	 * The quick actions of a page as the widget shows them: English, the conversation ready to
	 * send, handlers that do nothing unless the test passes its own.
	 * @param pageContext The page the shopper is on.
	 * @param props       Props that differ from those.
	 */
	const actionsOn = (
		pageContext: PageContext,
		props: Partial< QuickActionsProps > = {}
	) => (
		<QuickActions
			actions={ quickActionsFor( pageContext, SETTINGS, t ) }
			t={ t }
			canSend
			onSend={ jest.fn() }
			onAddToCart={ jest.fn() }
			{ ...props }
		/>
	);

	it( 'adds to cart with a keyboard-reachable button and announces the result with a cart link', async () => {
		let answer!: ( result: { ok: boolean; cartUrl?: string } ) => void;
		const onAddToCart = jest.fn(
			() =>
				new Promise< { ok: boolean } >(
					( resolve ) => ( answer = resolve )
				)
		);
		render( actionsOn( productPage, { onAddToCart } ) );
		const group = screen.getByRole( 'group', {
			name: 'Suggestions for this page',
		} );
		const button = screen.getByRole( 'button', { name: 'Add to cart' } );
		expect( group.contains( button ) ).toBe( true );

		fireEvent.click( button );
		expect( onAddToCart ).toHaveBeenCalledWith( '42' );
		expect( screen.getByRole( 'status' ).textContent ).toBe(
			'Adding to cart…'
		);
		expect( ( button as HTMLButtonElement ).disabled ).toBe( true );

		await act( async () =>
			answer( { ok: true, cartUrl: `${ SHOP }/cart/` } )
		);
		expect( screen.getByRole( 'status' ).textContent ).toContain(
			'Added to cart.'
		);
		const link = screen.getByRole( 'link', { name: 'View cart' } );
		expect( link.getAttribute( 'href' ) ).toBe( `${ SHOP }/cart/` );
		// The cart opens in the shop's window, not inside the chat frame.
		expect( link.getAttribute( 'target' ) ).toBe( '_top' );
	} );

	it( "shows WooCommerce's refusal as plain text", async () => {
		render(
			actionsOn( productPage, {
				onAddToCart: () =>
					Promise.resolve( {
						ok: false,
						message:
							'You cannot add &quot;Mug&quot; to the cart. <img src=x onerror=alert(1)>',
					} ),
			} )
		);
		await act( async () => {
			fireEvent.click(
				screen.getByRole( 'button', { name: 'Add to cart' } )
			);
		} );
		expect( screen.getByRole( 'status' ).textContent ).toBe(
			'We couldn’t add this to your cart. You cannot add "Mug" to the cart.'
		);
		expect( document.querySelector( 'img' ) ).toBeNull();
	} );

	it( 'asks the assistant about stock, and waits for the conversation before it can', () => {
		const onSend = jest.fn();
		const { rerender } = render(
			actionsOn( productPage, { canSend: false, onSend } )
		);
		const stock = screen.getByRole( 'button', { name: 'Still there?' } );
		expect( ( stock as HTMLButtonElement ).disabled ).toBe( true );
		rerender( actionsOn( productPage, { onSend } ) );
		fireEvent.click( stock );
		expect( onSend ).toHaveBeenCalledWith( 'Is this product in stock?' );
	} );

	it( 'opens a labelled help search on FAQ pages and sends the question to the assistant', () => {
		const onSend = jest.fn();
		render( actionsOn( page( { pageType: 'faq' } ), { onSend } ) );
		const toggle = screen.getByRole( 'button', {
			name: 'Search help articles',
		} );
		expect( toggle.getAttribute( 'aria-expanded' ) ).toBe( 'false' );
		fireEvent.click( toggle );
		expect( toggle.getAttribute( 'aria-expanded' ) ).toBe( 'true' );
		const box = screen.getByRole( 'searchbox', {
			name: 'What do you need help with?',
		} );
		expect( box.ownerDocument.activeElement ).toBe( box );
		fireEvent.change( box, { target: { value: 'gift card expiry' } } );
		fireEvent.click( screen.getByRole( 'button', { name: 'Search' } ) );
		expect( onSend ).toHaveBeenCalledWith(
			'Search the help articles: gift card expiry'
		);
	} );

	it( 'renders contact actions as links: a booking page in a new tab and a mailto', () => {
		render( actionsOn( page( { pageType: 'contact' } ) ) );
		const call = screen.getByRole( 'link', { name: /Schedule a call/ } );
		expect( call.getAttribute( 'href' ) ).toBe(
			'https://cal.example/shop'
		);
		expect( call.getAttribute( 'target' ) ).toBe( '_blank' );
		expect( call.getAttribute( 'rel' ) ).toContain( 'noopener' );
		expect(
			screen
				.getByRole( 'link', { name: 'Email us' } )
				.getAttribute( 'href' )
		).toBe( 'mailto:hello@shop.example' );
	} );
} );

describe( 'useParentCommunication addToCart', () => {
	afterEach( () => {
		document.body.innerHTML = '';
		jest.useRealTimers();
	} );

	it( 'asks the shop page and resolves with its answer to that request only', async () => {
		const shop = fakeHostWindow();
		const { result } = renderHook( () =>
			useParentCommunication( {
				allowedOrigins: [ SHOP ],
				parent: shop.win,
			} )
		);
		let settled: unknown;
		act( () => {
			result.current
				.addToCart( { productId: '42', quantity: 1 } )
				.then( ( answer ) => ( settled = answer ) );
		} );
		const request = shop.postMessage.mock.calls
			.map( ( call ) => call[ 0 ] )
			.find( ( data ) => data.type === 'addToCart' );
		expect( request.payload ).toEqual( { productId: '42', quantity: 1 } );
		const deliver = ( data: unknown, origin = SHOP ) =>
			act( () => {
				window.dispatchEvent(
					new MessageEvent( 'message', {
						data,
						origin,
						source: shop.win,
					} )
				);
			} );

		// Another origin, or an answer to another request, settles nothing.
		deliver(
			createEnvelope( 'addToCartResult', { ok: true }, request.uid ),
			'https://evil.example'
		);
		deliver( createEnvelope( 'addToCartResult', { ok: true }, 'other' ) );
		await act( async () => {} );
		expect( settled ).toBeUndefined();

		deliver(
			createEnvelope(
				'addToCartResult',
				{ ok: true, cartUrl: `${ SHOP }/cart/` },
				request.uid
			)
		);
		await act( async () => {} );
		expect( settled ).toEqual( { ok: true, cartUrl: `${ SHOP }/cart/` } );
	} );

	it( 'calls it failed when the shop page does not answer', async () => {
		jest.useFakeTimers();
		const shop = fakeHostWindow();
		const { result } = renderHook( () =>
			useParentCommunication( {
				allowedOrigins: [ SHOP ],
				parent: shop.win,
				initTimeoutMs: 60000,
			} )
		);
		let settled: unknown;
		act( () => {
			result.current
				.addToCart( { productId: '42', quantity: 1 } )
				.then( ( answer ) => ( settled = answer ) );
		} );
		await act( async () => {
			jest.advanceTimersByTime( 15000 );
		} );
		expect( settled ).toEqual( { ok: false } );
	} );
} );
