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

/**
 * What a shop owner edits in wp-admin (appearance, language, privacy). Everything here
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
	avatarUrl: z.union( [
		z.literal( '' ),
		z.url( { protocol: /^https?$/ } ).max( 2048 ),
	] ),
	locale: localeSchema,
	consentRequired: z.boolean(),
	retention: retentionRangeSchema,
} );

export type WidgetSettings = z.infer< typeof widgetSettingsSchema >;

/** `GET /api/widget/config`: the settings plus what the frame needs to know. */
export const widgetConfigSchema = widgetSettingsSchema.extend( {
	siteKey: z.string(),
	allowedOrigins: z.array( z.string() ),
	/** Path of the streaming send route, so the app can fall back when it is absent. */
	streaming: z.boolean(),
} );

export type WidgetConfig = z.infer< typeof widgetConfigSchema >;
