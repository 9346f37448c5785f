/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { WidgetConfig } from '../api';
import {
	errorResponse,
	fakeFetch,
	jsonResponse,
	sentBody,
	testWidgetApi,
	type FakeFetch,
} from '../../test-utils';
import {
	consentStorageKey,
	hasStoredConsent,
	usePrivacySettings,
	validateRetentionDays,
	type PrivacySettingsOptions,
} from './usePrivacySettings';

const session = { conversationId: 'c1', token: 'ct_1' };
const config: WidgetConfig = {
	siteKey: 'pk_1',
	brandName: 'Acme',
	welcomeMessage: '',
	primaryColor: '#000000',
	position: 'right',
	locale: 'en',
	allowedOrigins: [],
	consentRequired: true,
	retention: { minDays: 2, maxDays: 60, defaultDays: 14 },
};
const choices = ( retentionDays: number ) => ( {
	consentGiven: true,
	consentGivenAt: '2026-01-01T00:00:00.000Z',
	retentionDays,
	email: null,
} );

function setup(
	fetchMock: FakeFetch,
	initial: Partial< PrivacySettingsOptions > = {}
) {
	const api = testWidgetApi( fetchMock );
	const report = jest.fn();
	const onDeleted = jest.fn();
	const hook = renderHook(
		( props: Partial< PrivacySettingsOptions > ) =>
			usePrivacySettings( {
				api,
				siteKey: 'pk_1',
				config,
				session: null,
				report,
				onDeleted,
				...props,
			} ),
		{ initialProps: initial }
	);
	return { ...hook, report, onDeleted };
}

beforeEach( () => {
	// The hook logs failures on purpose; the tests check behaviour, not the console.
	jest.spyOn( console, 'error' ).mockImplementation( () => {} );
	jest.spyOn( console, 'debug' ).mockImplementation( () => {} );
} );
afterEach( () => {
	localStorage.clear();
	jest.restoreAllMocks();
} );

describe( 'validateRetentionDays', () => {
	const range = { minDays: 2, maxDays: 60, defaultDays: 14 };
	it.each( [
		[ '7', 7 ],
		[ ' 60 ', 60 ],
		[ 2, 2 ],
		[ '1', null ],
		[ '61', null ],
		[ '7.5', null ],
		[ 'seven', null ],
		[ '', null ],
		[ '-3', null ],
		[ '1e1', null ],
	] )( '%p -> %p', ( value, expected ) => {
		expect( validateRetentionDays( value, range ) ).toBe( expected );
	} );
} );

describe( 'usePrivacySettings', () => {
	it( 'holds everything back until consent, then saves the choice once the conversation exists', async () => {
		const fetchMock = fakeFetch( jsonResponse( 200, choices( 7 ) ) );
		const { result, rerender } = setup( fetchMock );

		expect( result.current.consentGiven ).toBe( false );
		expect( result.current.ready ).toBe( false );
		expect( result.current.retentionDays ).toBe( 14 );
		expect( localStorage.length ).toBe( 0 );

		let accepted = true;
		act( () => {
			accepted = result.current.giveConsent( '70' );
		} );
		expect( accepted ).toBe( false );
		expect( hasStoredConsent( 'pk_1' ) ).toBe( false );

		act( () => {
			accepted = result.current.giveConsent( '7', ' ana@example.com ' );
		} );
		expect( accepted ).toBe( true );
		expect( result.current.consentGiven ).toBe( true );
		expect( hasStoredConsent( 'pk_1' ) ).toBe( true );
		expect( fetchMock ).not.toHaveBeenCalled();

		rerender( { session } );
		await waitFor( () => expect( result.current.ready ).toBe( true ) );
		expect( fetchMock.mock.calls[ 0 ]![ 0 ] ).toBe(
			'/api/widget/conversations/c1/privacy'
		);
		expect( sentBody( fetchMock, 0 ) ).toEqual( {
			consent: true,
			retentionDays: 7,
			email: 'ana@example.com',
		} );
		expect( result.current.retentionDays ).toBe( 7 );
		expect( result.current.email ).toBe( 'ana@example.com' );
	} );

	it( 'restores the choices stored on this device', () => {
		localStorage.setItem(
			consentStorageKey( 'pk_1' ),
			JSON.stringify( { retentionDays: 9, email: 'x@example.com' } )
		);
		const { result } = setup( fakeFetch() );
		expect( result.current.consentGiven ).toBe( true );
		expect( result.current.retentionDays ).toBe( 9 );
	} );

	it( 'needs no consent when the shop does not ask for it', () => {
		const { result } = setup( fakeFetch(), {
			config: { ...config, consentRequired: false },
		} );
		expect( result.current.consentGiven ).toBe( true );
		expect( result.current.ready ).toBe( true );
	} );

	it( 'reports a failed save and retries it with the same choice', async () => {
		const fetchMock = fakeFetch(
			errorResponse( 500, 'internal' ),
			jsonResponse( 200, choices( 5 ) )
		);
		const { result, report } = setup( fetchMock, { session } );
		act( () => {
			result.current.giveConsent( 5 );
		} );
		await waitFor( () =>
			expect( result.current.privacyError ).not.toBeNull()
		);
		expect( result.current.error ).toBe( result.current.privacyError );
		expect( report ).toHaveBeenCalledWith( 'privacy_error', {
			code: 'internal',
			status: 500,
			operation: 'save',
		} );

		act( () => result.current.retryPrivacy() );
		expect( result.current.isRetrying ).toBe( true );
		await waitFor( () => expect( result.current.ready ).toBe( true ) );
		expect( result.current.privacyError ).toBeNull();
		expect( sentBody( fetchMock, 1 ) ).toMatchObject( {
			retentionDays: 5,
		} );
		expect( report ).toHaveBeenCalledWith( 'retry', {
			kind: 'privacy',
			ok: true,
		} );
	} );

	it( 'reports a failed retry', async () => {
		const fetchMock = fakeFetch(
			errorResponse( 500, 'internal' ),
			errorResponse( 503, 'unavailable' )
		);
		const { result, report } = setup( fetchMock, { session } );
		act( () => {
			result.current.giveConsent( 5 );
		} );
		await waitFor( () =>
			expect( result.current.privacyError ).not.toBeNull()
		);
		act( () => result.current.retryPrivacy() );
		await waitFor( () =>
			expect( report ).toHaveBeenCalledWith( 'retry', {
				kind: 'privacy',
				ok: false,
			} )
		);
		expect( result.current.privacyError ).not.toBeNull();
	} );

	it( 'deletes the conversation, forgets the choices and tells the app; a failed delete can be retried', async () => {
		localStorage.setItem(
			consentStorageKey( 'pk_1' ),
			JSON.stringify( { retentionDays: 9, email: '' } )
		);
		const fetchMock = fakeFetch(
			jsonResponse( 200, choices( 9 ) ),
			new TypeError( 'Failed to fetch' ),
			{
				ok: true,
				status: 204,
				json: async () => null,
			} as unknown as Response
		);
		const { result, onDeleted } = setup( fetchMock, { session } );
		await waitFor( () => expect( result.current.ready ).toBe( true ) );

		act( () => result.current.deleteConversation() );
		await waitFor( () =>
			expect( result.current.privacyError ).not.toBeNull()
		);
		expect( onDeleted ).not.toHaveBeenCalled();

		act( () => result.current.retryPrivacy() );
		await waitFor( () => expect( result.current.deleted ).toBe( true ) );
		expect( fetchMock.mock.calls[ 2 ]![ 1 ]?.method ).toBe( 'DELETE' );
		expect( onDeleted ).toHaveBeenCalledTimes( 1 );
		expect( hasStoredConsent( 'pk_1' ) ).toBe( false );
		expect( result.current.consentGiven ).toBe( false );
	} );

	it( 'does nothing without a conversation, and drops answers after unmount', async () => {
		let answer!: ( response: Response ) => void;
		const fetchMock: FakeFetch = jest.fn<
			Promise< Response >,
			[ string, RequestInit? ]
		>(
			() => new Promise< Response >( ( resolve ) => ( answer = resolve ) )
		);
		const { result, unmount } = setup( fetchMock );
		act( () => result.current.deleteConversation() );
		act( () => result.current.retryPrivacy() );
		expect( fetchMock ).not.toHaveBeenCalled();

		const second = setup( fetchMock, { session } );
		act( () => {
			second.result.current.giveConsent( 3 );
		} );
		await waitFor( () => expect( fetchMock ).toHaveBeenCalled() );
		second.unmount();
		unmount();
		await act( async () => answer( jsonResponse( 200, choices( 3 ) ) ) );
		expect( second.report ).not.toHaveBeenCalled();
	} );

	it( 'lets the shopper change the retention later, within the range', async () => {
		const fetchMock = fakeFetch(
			jsonResponse( 200, choices( 14 ) ),
			jsonResponse( 200, choices( 30 ) )
		);
		const { result } = setup( fetchMock, {
			session,
			config: { ...config, consentRequired: false },
		} );
		let ok = true;
		act( () => {
			ok = result.current.updateChoices( '0' );
		} );
		expect( ok ).toBe( false );
		act( () => {
			ok = result.current.updateChoices( '30' );
		} );
		expect( ok ).toBe( true );
		await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 1 ) );
		expect( sentBody( fetchMock, 0 ) ).toMatchObject( {
			retentionDays: 30,
		} );
	} );
} );
