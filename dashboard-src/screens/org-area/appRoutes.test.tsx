/**
 * The organization area's paths: /app routes, post-login destinations by role, and `next`
 * values that may leave for /app but never for another site.
 */
import {
	APP_PATH,
	BASE_PATH,
	homeFor,
	matchRoute,
	paths,
	safeNextPath,
} from '../../router';
import { ORG_NAV } from './nav';

describe( 'organization area routes', () => {
	it( 'matches /app, an organization, a section and an item', () => {
		expect( matchRoute( '/app' ) ).toEqual( {
			name: 'app',
			orgId: null,
			section: 'overview',
			item: null,
		} );
		expect( matchRoute( '/app/abc/' ) ).toEqual( {
			name: 'app',
			orgId: 'abc',
			section: 'overview',
			item: null,
		} );
		expect( matchRoute( '/app/abc/conversations/c%201' ) ).toEqual( {
			name: 'app',
			orgId: 'abc',
			section: 'conversations',
			item: 'c 1',
		} );
		expect( matchRoute( '/app/accept-invitation' ) ).toEqual( {
			name: 'app-accept-invitation',
		} );
		expect( matchRoute( '/app/a/b/c/d' ) ).toEqual( { name: 'not-found' } );
		expect( matchRoute( '/app/%E0%A4%A' ) ).toEqual( {
			name: 'not-found',
		} );
		expect( matchRoute( '/application' ) ).toEqual( { name: 'not-found' } );
	} );

	it( 'builds paths that match back to the same route', () => {
		const path = paths.appOrg( 'org-1', 'conversations', 'a/b' );
		expect( path ).toBe( '/app/org-1/conversations/a%2Fb' );
		expect( matchRoute( path ) ).toMatchObject( {
			orgId: 'org-1',
			section: 'conversations',
			item: 'a/b',
		} );
	} );

	it( 'sends platform staff to /owner and everyone else to /app after sign-in', () => {
		expect( homeFor( { roles: [ 'support_admin' ] } ) ).toBe( BASE_PATH );
		expect( homeFor( { roles: [] } ) ).toBe( APP_PATH );
		expect( safeNextPath( null, APP_PATH ) ).toBe( APP_PATH );
		expect( safeNextPath( '/app/org-1/members', BASE_PATH ) ).toBe(
			'/app/org-1/members'
		);
		expect( safeNextPath( '//evil.example/app', APP_PATH ) ).toBe(
			APP_PATH
		);
		expect( safeNextPath( '/application', APP_PATH ) ).toBe( APP_PATH );
		expect( safeNextPath( '/app\\evil', APP_PATH ) ).toBe( APP_PATH );
	} );

	it( 'gives every section a distinct path segment and an org permission', () => {
		const sections = ORG_NAV.map( ( entry ) => entry.section );
		expect( new Set( sections ).size ).toBe( sections.length );
		expect(
			ORG_NAV.every( ( entry ) => entry.permission.startsWith( 'org.' ) )
		).toBe( true );
	} );
} );
