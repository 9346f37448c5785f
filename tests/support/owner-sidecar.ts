/**
 * A ready set-up in one call: a test sidecar and its platform owner, signed in through the
 * real setup link with the second factor passed (flows.ts `ownerSession`). The suite closes
 * `sidecar`. Suites that need a connected site as well start from site-sidecar.ts.
 */
import { ownerSession, type OwnerSession } from './flows';
import {
	startTestSidecar,
	type StartOptions,
	type TestDialect,
	type TestSidecar,
} from './sidecar-harness';

export type { OwnerSession, TestSidecar };

export interface OwnerSidecar {
	sidecar: TestSidecar;
	/** The platform owner, signed in with its second factor passed. */
	owner: OwnerSession;
}

/**
 * A sidecar on `dialect` (started with `options`) and its platform owner, signed in.
 * @param dialect
 * @param options
 */
export async function startOwnerSidecar(
	dialect: TestDialect,
	options: StartOptions = {}
): Promise< OwnerSidecar > {
	const sidecar = await startTestSidecar( dialect, options );
	return { sidecar, owner: await ownerSession( sidecar ) };
}
