import { z } from 'zod';

export const userSchema = z.object( {
	id: z.string(),
	email: z.string(),
	name: z.string(),
	platformRole: z.string().nullable(),
} );

export const sessionReply = z.object( {
	user: userSchema,
	csrfToken: z.string(),
} );

const email = z.email( 'Enter a valid email address.' ).max( 254 );
const password = z.string().min( 12, 'Use at least 12 characters.' ).max( 200 );

export const setupBody = z.strictObject( {
	token: z.string().min( 10 ).max( 200 ),
	email,
	name: z.string().trim().min( 1, 'Enter your name.' ).max( 120 ),
	password,
} );

export const loginBody = z.strictObject( {
	email,
	password: z.string().min( 1, 'Enter your password.' ).max( 200 ),
} );
