/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { createTranslator } from '../i18n';
import { ChangedSinceNotice } from './ChangedSinceNotice';

const CHANGED = [
	{
		productId: '10',
		name: 'Canvas Tote Bag',
		changedAt: '2026-12-02T08:00:00.000Z',
	},
	{
		productId: '15',
		name: 'Linen Shirt',
		changedAt: '2026-12-02T08:01:00.000Z',
	},
];

describe( 'ChangedSinceNotice', () => {
	it( 'names each product whose price or stock changed since the reply', () => {
		render(
			<ChangedSinceNotice
				products={ CHANGED }
				t={ createTranslator( 'en' ) }
			/>
		);
		expect(
			screen.getAllByRole( 'listitem' ).map( ( li ) => li.textContent )
		).toEqual( [
			'Price or stock of Canvas Tote Bag has changed since this answer.',
			'Price or stock of Linen Shirt has changed since this answer.',
		] );
	} );

	it( 'speaks the shop language', () => {
		render(
			<ChangedSinceNotice
				products={ CHANGED.slice( 0, 1 ) }
				t={ createTranslator( 'de_DE' ) }
			/>
		);
		expect( screen.getByRole( 'listitem' ).textContent ).toBe(
			'Preis oder Bestand von Canvas Tote Bag hat sich seitdem geändert.'
		);
	} );

	it( 'shows nothing for a reply without changes', () => {
		const { container } = render(
			<ChangedSinceNotice
				products={ undefined }
				t={ createTranslator( 'en' ) }
			/>
		);
		expect( container.innerHTML ).toBe( '' );
		render(
			<ChangedSinceNotice
				products={ [] }
				t={ createTranslator( 'en' ) }
			/>
		);
		expect( screen.queryByRole( 'list' ) ).toBeNull();
	} );
} );
