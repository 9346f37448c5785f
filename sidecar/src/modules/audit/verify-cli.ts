/**
 * `npm run audit:verify`: walks the audit log's hash chain in the configured database and
 * names the first row that does not fit. Exit code 0 when intact, 1 when broken, 2 when the
 * check could not run.
 */
import { loadConfig } from '../../config';
import { migrateToLatest, openDatabase } from '../../db';
import { createAuditService } from './service';

async function main(): Promise< number > {
	const config = loadConfig();
	const db = openDatabase( config.database );
	try {
		await migrateToLatest( db );
		const verdict = await createAuditService( {
			db,
			clock: () => new Date(),
		} ).verify();
		if ( verdict.ok ) {
			process.stdout.write(
				`audit log intact: ${ verdict.rows } rows, chain verified\n`
			);
			return 0;
		}
		const broken = verdict.firstBroken!;
		process.stdout.write(
			`audit log BROKEN at row ${ broken.seq }${
				broken.id ? ` (id ${ broken.id })` : ''
			}: ${ broken.reason }; ${ verdict.rows } rows before it verified\n`
		);
		return 1;
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
