import { z } from 'zod';

// The catalog sync status is part of the plugin's contract (ADR 0032).
export { syncStatusSchema } from '../../../../contracts/commerce';

/** Keys as WooCommerce mints them: `ck_`/`cs_` + wc_rand_hash() (40 hex characters). */
export const credentialsBody = z.strictObject( {
	consumerKey: z
		.string()
		.regex(
			/^ck_[a-f0-9]{40}$/,
			'Not a WooCommerce consumer key (ck_ + 40 hex).'
		),
	consumerSecret: z
		.string()
		.regex(
			/^cs_[a-f0-9]{40}$/,
			'Not a WooCommerce consumer secret (cs_ + 40 hex).'
		),
	webhookSecret: z.string().min( 16 ).max( 200 ),
} );

const synonymWord = z
	.string()
	.trim()
	.min( 1 )
	.max( 60 )
	.regex(
		/^[\p{L}\p{N}][\p{L}\p{N} -]*$/u,
		'Letters, digits, spaces and hyphens only.'
	);

export const synonymsBody = z.strictObject( {
	synonyms: z
		.array(
			z.strictObject( {
				term: synonymWord,
				synonyms: z.array( synonymWord ).min( 1 ).max( 20 ),
			} )
		)
		.max( 500 ),
} );

export const webhookParams = z.object( {
	site: z.string().regex( /^pk_[A-Za-z0-9_-]{10,64}$/, 'Not a site key.' ),
} );
