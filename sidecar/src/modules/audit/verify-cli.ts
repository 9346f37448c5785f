/**
 * `npm run audit:verify`: walks the audit log's hash chain in the configured database,
 * compares it with the signed checkpoints kept outside the database (ADR 0021) and, on
 * SQLite, runs `PRAGMA integrity_check`. Exit code 0 when intact, 1 when tampered, 2 when
 * the check could not run.
 *
 *   npm run audit:verify                                 verify against the checkpoint file
 *   npm run audit:verify -- --checkpoints sidecar.log    also against checkpoints in a log export
 *   npm run audit:verify -- --checkpoint                 take a checkpoint now, then verify
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { migrateToLatest, openDatabase } from '../../db';
import { createLogger } from '../../platform/logger';
import { anchorFromConfig } from './checkpoints';
import { createAuditService, type ChainVerdict } from './service';

function report( verdict: ChainVerdict ): string {
	const { anchor } = verdict;
	const against = anchor.newest
		? `${ anchor.checkpoints } checkpoint(s), newest ${ anchor.newest.at } at row ${ anchor.newest.seq }`
		: 'no checkpoints';
	const lines = [
		verdict.ok
			? `audit log intact: ${ verdict.rows } rows, chain verified against ${ against } (${ anchor.file })`
			: `audit log TAMPERED at row ${ verdict.firstBroken!.seq }${
					verdict.firstBroken!.id
						? ` (id ${ verdict.firstBroken!.id })`
						: ''
				}: ${ verdict.firstBroken!.reason }; ${
					verdict.rows
				} rows fit the chain; compared with ${ against } (${ anchor.file })`,
		`integrity_check: ${ verdict.integrity }`,
		...verdict.warnings.map( ( warning ) => `warning: ${ warning }` ),
	];
	return `${ lines.join( '\n' ) }\n`;
}

async function main(): Promise< number > {
	const { values } = parseArgs( {
		options: {
			checkpoint: { type: 'boolean', default: false },
			checkpoints: { type: 'string', multiple: true, default: [] },
		},
	} );
	const config = loadConfig();
	const db = openDatabase( config.database );
	try {
		await migrateToLatest( db );
		const audit = createAuditService( {
			db,
			clock: () => new Date(),
			// The checkpoint written by --checkpoint is also logged on stderr, like the service does.
			anchor: anchorFromConfig(
				config,
				createLogger( config.logLevel ),
				values.checkpoints
			),
		} );
		if ( values.checkpoint ) {
			const taken = await audit.checkpoint();
			process.stdout.write(
				`checkpoint taken: row ${ taken.seq }, ${ taken.rows } rows, ${ taken.at }\n`
			);
		}
		const verdict = await audit.verify();
		process.stdout.write( report( verdict ) );
		return verdict.ok ? 0 : 1;
	} finally {
		await db.close();
	}
}

main().then(
	( code ) => {
		process.exitCode = code;
	},
	( error: unknown ) => {
		process.stderr.write(
			`audit verification could not run: ${
				error instanceof Error ? error.message : String( error )
			}\n`
		);
		process.exitCode = 2;
	}
);
