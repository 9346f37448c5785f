/**
 * The module graph as the code declares it (ADR 0026): which modules each module's
 * index.ts builds on, read from its imports. `docs/architecture.md` shows it as a Mermaid
 * diagram; module-graph.test.ts keeps that diagram current, the graph acyclic, and every
 * module's repo.ts private to its module.
 *
 * `npx tsx sidecar/src/module-graph.ts` prints the diagram.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = __dirname;
const MODULES = path.join( SRC, 'modules' );

/** Relative imports of a TypeScript file: `{ from, typeOnly }`. */
export function importsOf(
	file: string
): Array< { target: string; typeOnly: boolean } > {
	const text = fs.readFileSync( file, 'utf8' );
	const found: Array< { target: string; typeOnly: boolean } > = [];
	const pattern =
		/(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?'(\.[^']+)'/g;
	for ( const match of text.matchAll( pattern ) ) {
		found.push( {
			target: path.resolve( path.dirname( file ), match[ 2 ]! ),
			typeOnly: Boolean( match[ 1 ] ),
		} );
	}
	return found;
}

export function moduleNames(): string[] {
	return fs
		.readdirSync( MODULES, { withFileTypes: true } )
		.filter( ( entry ) => entry.isDirectory() )
		.map( ( entry ) => entry.name )
		.sort();
}

/** The module a path belongs to, or null outside sidecar/src/modules. */
export function moduleOf( file: string ): string | null {
	const relative = path.relative( MODULES, file );
	if ( relative.startsWith( '..' ) ) {
		return null;
	}
	return relative.split( path.sep )[ 0 ] ?? null;
}

/** module -> the other modules its index.ts imports (its declared dependencies). */
export function moduleGraph(): Map< string, string[] > {
	const graph = new Map< string, string[] >();
	for ( const name of moduleNames() ) {
		const index = path.join( MODULES, name, 'index.ts' );
		const deps = fs.existsSync( index )
			? importsOf( index )
					.map( ( { target } ) => moduleOf( target ) )
					.filter(
						( dep ): dep is string => dep !== null && dep !== name
					)
			: [];
		graph.set( name, [ ...new Set( deps ) ].sort() );
	}
	return graph;
}

/** The graph as a Mermaid flowchart (dependencies point from user to used module). */
export function mermaid( graph = moduleGraph() ): string {
	const lines = [ 'flowchart LR' ];
	for ( const [ name, deps ] of graph ) {
		if ( deps.length === 0 ) {
			lines.push( `  ${ name }` );
		}
		for ( const dep of deps ) {
			lines.push( `  ${ name } --> ${ dep }` );
		}
	}
	return lines.join( '\n' );
}

/** A cycle in the graph (as a list of names), or null. */
export function findCycle( graph = moduleGraph() ): string[] | null {
	const state = new Map< string, 'open' | 'done' >();
	const stack: string[] = [];
	const visit = ( name: string ): string[] | null => {
		if ( state.get( name ) === 'done' ) {
			return null;
		}
		if ( state.get( name ) === 'open' ) {
			return [ ...stack.slice( stack.indexOf( name ) ), name ];
		}
		state.set( name, 'open' );
		stack.push( name );
		for ( const dep of graph.get( name ) ?? [] ) {
			const cycle = visit( dep );
			if ( cycle ) {
				return cycle;
			}
		}
		stack.pop();
		state.set( name, 'done' );
		return null;
	};
	for ( const name of graph.keys() ) {
		const cycle = visit( name );
		if ( cycle ) {
			return cycle;
		}
	}
	return null;
}

if ( require.main === module ) {
	process.stdout.write( mermaid() + '\n' );
}
