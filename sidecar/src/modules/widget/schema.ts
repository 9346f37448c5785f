import { z } from 'zod';
import { limitRuleSchema } from '../../platform/limit-rule';
import {
	quickActionsSchema,
	widgetAppearanceSchema,
} from '../../../../contracts/widget-settings';

// The widget settings' contract (ADR 0032): shared with the widget and the wp-admin page.
export {
	LAUNCHER_ICONS,
	localeSchema,
	quickActionsSchema,
	retentionRangeSchema,
	widgetAppearanceSchema,
	widgetConfigSchema,
} from '../../../../contracts/widget-settings';
export type {
	QuickActionSettings,
	WidgetConfig,
} from '../../../../contracts/widget-settings';

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

/** The widget settings as stored: the appearance plus the shop's own chat limits. */
export const widgetSettingsSchema = widgetAppearanceSchema.extend( {
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
