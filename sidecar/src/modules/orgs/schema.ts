import { z } from 'zod';

export const organizationSchema = z.object( {
	id: z.string(),
	name: z.string(),
	createdAt: z.string(),
} );

export const createOrganizationBody = z.strictObject( {
	name: z
		.string()
		.trim()
		.min( 1, 'Give the organization a name.' )
		.max( 120 ),
} );

export const organizationIdParams = z.object( {
	id: z.uuid( 'Not a valid organization id.' ),
} );
