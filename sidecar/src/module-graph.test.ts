/**
 * The module graph stays what ADR 0026 says: drawn in docs/architecture.md from the code,
 * free of cycles, and each module's repo.ts private to its module.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
	findCycle,
	importsOf,
	mermaid,
	moduleGraph,
	moduleOf,
	moduleNames,
} from './module-graph';

function sourceFiles( dir: string ): string[] {
	return fs
		.readdirSync( dir, { withFileTypes: true } )
		.flatMap( ( entry ) => {
			const full = path.join( dir, entry.name );
			if ( entry.isDirectory() ) {
				return sourceFiles( full );
			}
			return entry.name.endsWith( '.ts' ) &&
				! entry.name.endsWith( '.test.ts' )
				? [ full ]
				: [];
		} );
}

describe( 'module graph', () => {
	it( 'gives every module an index.ts that builds it', () => {
		const missing = moduleNames().filter(
			( name ) =>
				! fs.existsSync(
					path.join( __dirname, 'modules', name, 'index.ts' )
				)
		);
		expect( missing ).toEqual( [] );
	} );

	it( 'has no cycle between modules', () => {
		expect( findCycle() ).toBeNull();
	} );

	it( "builds each module's repo only inside the module", () => {
		const outside: string[] = [];
		for ( const file of sourceFiles( __dirname ) ) {
			for ( const { target, typeOnly } of importsOf( file ) ) {
				const owner = moduleOf( target );
				if (
					owner &&
					! typeOnly &&
					/(^|-)repo$/.test( path.basename( target ) ) &&
					moduleOf( file ) !== owner
				) {
					outside.push(
						`${ path.relative( __dirname, file ) } -> ${ path.relative( __dirname, target ) }`
					);
				}
			}
		}
		expect( outside ).toEqual( [] );
	} );

	it( 'is drawn in docs/architecture.md as the code declares it', () => {
		const doc = fs.readFileSync(
			path.join( __dirname, '../../docs/architecture.md' ),
			'utf8'
		);
		const drawn = /<!-- module-graph -->\n```mermaid\n([\s\S]*?)\n```/.exec(
			doc
		)?.[ 1 ];
		expect( drawn ).toBe( mermaid( moduleGraph() ) );
	} );
} );
