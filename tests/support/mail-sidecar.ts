/**
 * A ready set-up in one call for the suites that read the sidecar's mail: a real SMTP server
 * in the test process (mailbox.ts) and a test sidecar sending to it from a fixed address.
 * The suite closes both.
 */
import { startMailbox, type Mailbox } from './mailbox';
import {
	startTestSidecar,
	type StartOptions,
	type TestDialect,
	type TestSidecar,
} from './sidecar-harness';

export type { Mailbox, TestSidecar };

const MAIL_FROM = 'OmniOps <no-reply@omniops.test>';

export interface MailSidecar {
	sidecar: TestSidecar;
	mailbox: Mailbox;
}

/**
 * A mailbox, then a sidecar on `dialect` mailing to it (`options.env` adds to the mail
 * settings).
 * @param dialect
 * @param options
 */
export async function startMailSidecar(
	dialect: TestDialect,
	options: StartOptions = {}
): Promise< MailSidecar > {
	const mailbox = await startMailbox();
	const sidecar = await startTestSidecar( dialect, {
		...options,
		env: {
			OMNIOPS_SMTP_URL: mailbox.url,
			OMNIOPS_MAIL_FROM: MAIL_FROM,
			...options.env,
		},
	} );
	return { sidecar, mailbox };
}
