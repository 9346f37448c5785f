/** @jest-environment jsdom */
/**
 * "Add to cart" of a variable product from a reply: the responder sends either the
 * variation it matched (`variationId`) or the in-stock variations to choose from
 * (`choices`); the picker is a labelled radio group, operable from the keyboard.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { AddToCartResult } from '../../protocol';
import type { ReplyQuickAction } from '../api';
import { createTranslator } from '../i18n';
import { ReplyQuickActions } from './ReplyQuickActions';

/** The focused element (the lint rule wants it through a node's ownerDocument). */
const activeElement = () => document.body.ownerDocument.activeElement;

const SHIRT_CHOICES: ReplyQuickAction = {
	id: 'cart-13',
	label: 'Add Linen Shirt to cart',
	kind: 'addToCart',
	productId: '13',
	choices: [
		{ variationId: '15', label: 'Size: M' },
		{ variationId: '16', label: 'Size: L' },
	],
};

function renderActions(
	actions: ReplyQuickAction[],
	locale = 'en',
	onAddToCart = jest.fn( () =>
		Promise.resolve< AddToCartResult >( { ok: true, cartUrl: '' } )
	)
) {
	const view = render(
		<ReplyQuickActions
			actions={ actions }
			t={ createTranslator( locale ) }
			canSend
			onSend={ jest.fn() }
			onAddToCart={ onAddToCart }
		/>
	);
	return { ...view, onAddToCart };
}

describe( 'VariationPicker (reply "Add to cart" of a variable product)', () => {
	it( 'adds the named variation directly when the reply carries a variationId', async () => {
		const { onAddToCart } = renderActions( [
			{
				id: 'cart-16',
				label: 'Add to cart',
				kind: 'addToCart',
				productId: '13',
				variationId: '16',
			},
		] );
		const add = screen.getByRole( 'button', { name: 'Add to cart' } );
		expect( add.hasAttribute( 'aria-expanded' ) ).toBe( false );
		await act( async () => fireEvent.click( add ) );
		expect( onAddToCart ).toHaveBeenCalledWith( '13', '16' );
		expect( screen.queryByRole( 'radiogroup' ) ).toBeNull();
	} );

	it( 'opens a labelled radio group with focus on the first option, and adds only the chosen variation', async () => {
		const { onAddToCart } = renderActions( [ SHIRT_CHOICES ] );
		const chip = screen.getByRole( 'button', {
			name: 'Add Linen Shirt to cart',
		} );
		expect( chip.getAttribute( 'aria-expanded' ) ).toBe( 'false' );
		fireEvent.click( chip );
		expect( onAddToCart ).not.toHaveBeenCalled();
		expect( chip.getAttribute( 'aria-expanded' ) ).toBe( 'true' );

		const group = screen.getByRole( 'radiogroup', {
			name: 'Choose an option: Add Linen Shirt to cart',
		} );
		const options = screen.getAllByRole( 'radio' );
		expect(
			options.map( ( o ) => o.closest( 'label' )?.textContent )
		).toEqual( [ ' Size: M', ' Size: L' ] );
		expect( group.contains( activeElement() ) ).toBe( true );
		expect( activeElement() ).toBe( options[ 0 ] );

		// Nothing is added before a choice.
		const confirm = screen.getByRole( 'button', { name: 'Add to cart' } );
		expect( ( confirm as HTMLButtonElement ).disabled ).toBe( true );
		fireEvent.click( screen.getByRole( 'radio', { name: 'Size: L' } ) );
		expect( ( confirm as HTMLButtonElement ).disabled ).toBe( false );
		await act( async () => fireEvent.click( confirm ) );

		expect( onAddToCart ).toHaveBeenCalledTimes( 1 );
		expect( onAddToCart ).toHaveBeenCalledWith( '13', '16' );
		expect( screen.queryByRole( 'radiogroup' ) ).toBeNull();
		expect( activeElement() ).toBe( chip );
		expect( screen.getByRole( 'status' ).textContent ).toMatch(
			/Added to cart/
		);
	} );

	it( 'closes on Escape without closing the chat, and puts focus back on the chip', () => {
		const onDocumentEscape = jest.fn();
		document.addEventListener( 'keydown', onDocumentEscape );
		try {
			const { onAddToCart } = renderActions( [ SHIRT_CHOICES ] );
			const chip = screen.getByRole( 'button', {
				name: 'Add Linen Shirt to cart',
			} );
			fireEvent.click( chip );
			fireEvent.keyDown( screen.getAllByRole( 'radio' )[ 0 ]!, {
				key: 'Escape',
			} );
			expect( screen.queryByRole( 'radiogroup' ) ).toBeNull();
			expect( chip.getAttribute( 'aria-expanded' ) ).toBe( 'false' );
			expect( activeElement() ).toBe( chip );
			expect( onDocumentEscape ).not.toHaveBeenCalled();
			expect( onAddToCart ).not.toHaveBeenCalled();

			// Cancel does the same.
			fireEvent.click( chip );
			fireEvent.click( screen.getByRole( 'button', { name: 'Cancel' } ) );
			expect( screen.queryByRole( 'radiogroup' ) ).toBeNull();
			expect( activeElement() ).toBe( chip );
		} finally {
			document.removeEventListener( 'keydown', onDocumentEscape );
		}
	} );

	it( 'submits the checked option with Enter, in the shop language', async () => {
		const { onAddToCart } = renderActions(
			[ { ...SHIRT_CHOICES, label: 'In den Warenkorb' } ],
			'de_DE'
		);
		fireEvent.click(
			screen.getByRole( 'button', { name: 'In den Warenkorb' } )
		);
		screen.getByRole( 'radiogroup', {
			name: 'Variante wählen: In den Warenkorb',
		} );
		const medium = screen.getByRole( 'radio', { name: 'Size: M' } );
		fireEvent.click( medium );
		await act( async () => fireEvent.submit( medium.closest( 'form' )! ) );
		expect( onAddToCart ).toHaveBeenCalledWith( '13', '15' );
	} );

	it( 'leaves out a variable product with no variation to choose', () => {
		renderActions( [
			{ ...SHIRT_CHOICES, choices: [] },
			{ id: 'ask', label: 'Ask', kind: 'message', message: 'Hi' },
		] );
		expect(
			screen.queryByRole( 'button', { name: 'Add Linen Shirt to cart' } )
		).toBeNull();
		expect( screen.getByRole( 'button', { name: 'Ask' } ) ).toBeTruthy();
	} );
} );
