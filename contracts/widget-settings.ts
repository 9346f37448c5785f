/**
 * The widget's settings and public configuration: `GET /api/widget/config` (read by the
 * widget, types only) and the quick actions and appearance the wp-admin page edits
 * (`/api/site/widget-settings`, through the plugin). Declared by
 * sidecar/src/areas/widget/frame.ts and sidecar/src/areas/site/widget-settings.ts (ADR 0032).
 */
import { z } from 'zod';

/** The shopper chooses a retention inside this range; the site sets it. */
export const retentionRangeSchema = z
	.strictObject( {
		minDays: z.number().int().min( 1 ).max( 3650 ),
		maxDays: z.number().int().min( 1 ).max( 3650 ),
		defaultDays: z.number().int().min( 1 ).max( 3650 ),
	} )
	.refine(
		( range ) =>
			range.minDays <= range.defaultDays &&
			range.defaultDays <= range.maxDays,
		'Retention needs minDays <= defaultDays <= maxDays.'
	);

export const LAUNCHER_ICONS = [ 'chat', 'help', 'sparkle' ] as const;

/** A locale tag as WordPress or BCP 47 writes it (`en`, `de_DE`, `pt-BR`). */
export const localeSchema = z
	.string()
	.regex( /^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/, 'Not a locale tag.' )
	.max( 35 );

/** '' means "the widget's own label, in the shopper's language". */
const quickActionLabel = z.string().trim().max( 40 );
const quickAction = z.strictObject( {
	enabled: z.boolean(),
	label: quickActionLabel,
} );

/**
 * The quick-action chips the widget offers on a page type (the plugin tells it the type,
 * docs/contracts.md): product pages add to cart / ask about stock / compare, contact pages
 * link to a booking page and the shop's e-mail, FAQ pages ask the assistant to search the
 * help articles. An action that needs a link is only enabled with one.
 */
export const quickActionsSchema = z
	.strictObject( {
		product: z.strictObject( {
			addToCart: quickAction,
			checkStock: quickAction,
			compare: quickAction,
		} ),
		contact: z.strictObject( {
			scheduleCall: quickAction.extend( {
				url: z.union( [
					z.literal( '' ),
					z.url( { protocol: /^https?$/ } ).max( 2048 ),
				] ),
			} ),
			emailUs: quickAction.extend( {
				email: z.union( [ z.literal( '' ), z.email().max( 254 ) ] ),
			} ),
		} ),
		faq: z.strictObject( { searchHelp: quickAction } ),
	} )
	.superRefine( ( actions, context ) => {
		const { scheduleCall, emailUs } = actions.contact;
		if ( scheduleCall.enabled && ! scheduleCall.url ) {
			context.addIssue( {
				code: 'custom',
				path: [ 'contact', 'scheduleCall', 'url' ],
				message: 'Schedule a call needs the booking link.',
			} );
		}
		if ( emailUs.enabled && ! emailUs.email ) {
			context.addIssue( {
				code: 'custom',
				path: [ 'contact', 'emailUs', 'email' ],
				message: 'Email us needs the shop e-mail address.',
			} );
		}
	} );

export type QuickActionSettings = z.infer< typeof quickActionsSchema >;

/**
 * What a shop owner edits in wp-admin (appearance, language, privacy, quick actions), without
 * the shop's chat limits (sidecar/src/modules/widget/schema.ts adds them; they are not part of
 * the public widget config). Everything here ends up in shop pages, so strings are bounded and URLs are web URLs only; the widget
 * still renders them as text.
 */
export const widgetAppearanceSchema = z.strictObject( {
	brandName: z.string().trim().min( 1 ).max( 60 ),
	welcomeMessage: z.string().trim().max( 500 ),
	primaryColor: z
		.string()
		.regex( /^#[0-9a-fA-F]{6}$/, 'Colours are #rrggbb.' ),
	position: z.enum( [ 'right', 'left' ] ),
	launcherIcon: z.enum( LAUNCHER_ICONS ),
	// https only (contract): the widget is served over TLS and must not load mixed content.
	avatarUrl: z.union( [
		z.literal( '' ),
		z
			.url( {
				protocol: /^https$/,
				message: 'The avatar must be an https URL.',
			} )
			.max( 2048 ),
	] ),
	locale: localeSchema,
	consentRequired: z.boolean(),
	retention: retentionRangeSchema,
	quickActions: quickActionsSchema,
} );

export type WidgetAppearance = z.infer< typeof widgetAppearanceSchema >;

/** `GET /api/widget/config`: the settings plus what the frame needs to know. */
export const widgetConfigSchema = widgetAppearanceSchema.extend( {
	siteKey: z.string(),
	allowedOrigins: z.array( z.string() ),
	/** Path of the streaming send route, so the app can fall back when it is absent. */
	streaming: z.boolean(),
	/** Signed, minutes-long token the frame puts in its telemetry beacons (ADR 0019). */
	telemetryToken: z.string().optional(),
	telemetryTokenExpiresAt: z.string().optional(),
} );

export type WidgetConfig = z.infer< typeof widgetConfigSchema >;
