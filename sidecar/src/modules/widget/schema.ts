import { z } from 'zod';
import { limitRuleSchema } from '../../platform/limit-rule';

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
 * The shop's own chat limits (ADR 0019); a rule left out uses the sidecar's default
 * (OMNIOPS_LIMIT_*). Each is `{ points, durationSeconds, burst?: { points, durationSeconds } }`.
 */
export const chatLimitsSchema = z.strictObject( {
	messagesPerConversation: limitRuleSchema.optional(),
	messagesPerIp: limitRuleSchema.optional(),
	messagesPerSite: limitRuleSchema.optional(),
	conversationsPerIp: limitRuleSchema.optional(),
	conversationsPerSite: limitRuleSchema.optional(),
} );

export type ChatLimitSettings = z.infer< typeof chatLimitsSchema >;

/**
 * What a shop owner edits in wp-admin (appearance, language, privacy, quick actions). Everything here
 * ends up in shop pages, so strings are bounded and URLs are web URLs only; the widget
 * still renders them as text.
 */
export const widgetSettingsSchema = z.strictObject( {
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
	/** Absent: the sidecar's defaults. Not part of the public widget config. */
	chatLimits: chatLimitsSchema.optional(),
} );

export type WidgetSettings = z.infer< typeof widgetSettingsSchema >;

/**
 * `PUT /api/site/widget-settings`: all fields, except that `quickActions` and `chatLimits`
 * may be left out (clients older than them, the wp-admin page); the stored ones are kept then.
 */
export const widgetSettingsInputSchema = widgetSettingsSchema.extend( {
	quickActions: quickActionsSchema.optional(),
} );

export type WidgetSettingsInput = z.infer< typeof widgetSettingsInputSchema >;

/** `GET /api/widget/config`: the settings plus what the frame needs to know. */
export const widgetConfigSchema = widgetSettingsSchema
	.omit( { chatLimits: true } )
	.extend( {
		siteKey: z.string(),
		allowedOrigins: z.array( z.string() ),
		/** Path of the streaming send route, so the app can fall back when it is absent. */
		streaming: z.boolean(),
		/** Signed, minutes-long token the frame puts in its telemetry beacons (ADR 0019). */
		telemetryToken: z.string().optional(),
		telemetryTokenExpiresAt: z.string().optional(),
	} );

export type WidgetConfig = z.infer< typeof widgetConfigSchema >;
