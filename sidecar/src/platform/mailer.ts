/** Outgoing e-mail through SMTP (nodemailer); configured by OMNIOPS_SMTP_URL. */
import nodemailer from 'nodemailer';

export interface MailMessage {
	to: string;
	replyTo?: string;
	subject: string;
	text: string;
}

export interface Mailer {
	send: ( message: MailMessage ) => Promise< void >;
}

export function createSmtpMailer( smtpUrl: string, from: string ): Mailer {
	// Options ride in the URL's query (nodemailer's URL form); these bound a dead server.
	const url = new URL( smtpUrl );
	for ( const [ name, ms ] of [
		[ 'connectionTimeout', '10000' ],
		[ 'greetingTimeout', '10000' ],
		[ 'socketTimeout', '20000' ],
	] as const ) {
		if ( ! url.searchParams.has( name ) ) {
			url.searchParams.set( name, ms );
		}
	}
	const transport = nodemailer.createTransport( url.toString() );
	return {
		async send( message ) {
			await transport.sendMail( { from, ...message } );
		},
	};
}
