import { deepFreeze } from '../../platform/site-cache';
import type { Site } from '../sites/service';
import type { WidgetRepo } from './repo';
import {
	widgetSettingsSchema,
	type QuickActionSettings,
	type WidgetConfig,
	type WidgetSettings,
	type WidgetSettingsInput,
} from './schema';

/** Product and FAQ actions need nothing from the shop; contact actions need its links. */
export function defaultQuickActions(): QuickActionSettings {
	const on = { enabled: true, label: '' };
	return {
		product: { addToCart: on, checkStock: on, compare: on },
		contact: {
			scheduleCall: { enabled: false, label: '', url: '' },
			emailUs: { enabled: false, label: '', email: '' },
		},
		faq: { searchHelp: on },
	};
}

/** What a site shows before its owner saves anything. */
export function defaultWidgetSettings( site: Site ): WidgetSettings {
	return {
		brandName: site.name.slice( 0, 60 ) || 'Chat',
		welcomeMessage:
			`Hi! I'm the ${ site.name } assistant. Ask me about shipping, returns or anything on our pages.`.slice(
				0,
				500
			),
		primaryColor: '#2563eb',
		position: 'right',
		launcherIcon: 'chat',
		avatarUrl: '',
		locale: 'en',
		consentRequired: false,
		retention: { minDays: 1, maxDays: 365, defaultDays: 30 },
		quickActions: defaultQuickActions(),
	};
}

export interface WidgetServiceDeps {
	repo: WidgetRepo;
	clock: () => Date;
}

/**
 * Avatars are https only since issue 11; one stored earlier as plain http is dropped (no
 * avatar) rather than failing validation and resetting every other setting to defaults.
 *
 * @param settings Stored settings merged over the defaults.
 */
function withoutPlainHttpAvatar(
	settings: Record< string, unknown >
): Record< string, unknown > {
	return typeof settings.avatarUrl === 'string' &&
		/^http:/i.test( settings.avatarUrl )
		? { ...settings, avatarUrl: '' }
		: settings;
}

/** Stands for "nothing saved" in the memo below. */
const NOTHING_SAVED = {};
/** Site names remembered per stored copy before the memo starts again. */
const NAMES_AT_MOST = 1000;

export function createWidgetService( { repo, clock }: WidgetServiceDeps ) {
	// The consent gate and the chat limits ask on every message (issue 12): the merge and the
	// validation are done once per stored copy (the repo hands out the same frozen object
	// until a write replaces it) and site name (the defaults' only input), and kept frozen.
	const validated = new WeakMap< object, Map< string, WidgetSettings > >();

	async function settingsFor( site: Site ): Promise< WidgetSettings > {
		const stored = await repo.find( site.organizationId, site.id );
		const key =
			stored && typeof stored === 'object' ? stored : NOTHING_SAVED;
		let byName = validated.get( key );
		const known = byName?.get( site.name );
		if ( known ) {
			return known;
		}
		// Settings written by an older version may lack newer fields: defaults fill them,
		// and anything that no longer validates falls back to the defaults as a whole.
		const merged = widgetSettingsSchema.safeParse(
			withoutPlainHttpAvatar( {
				...defaultWidgetSettings( site ),
				...( stored as object | undefined ),
			} )
		);
		const settings = deepFreeze(
			merged.success ? merged.data : defaultWidgetSettings( site )
		);
		if ( ! byName || byName.size >= NAMES_AT_MOST ) {
			byName = new Map();
			validated.set( key, byName );
		}
		byName.set( site.name, settings );
		return settings;
	}

	return {
		settingsFor,

		async save(
			site: Site,
			input: WidgetSettingsInput
		): Promise< WidgetSettings > {
			const stored = await settingsFor( site );
			const settings: WidgetSettings = {
				...input,
				quickActions: input.quickActions ?? stored.quickActions,
				chatLimits: input.chatLimits ?? stored.chatLimits,
			};
			await repo.save(
				site.organizationId,
				site.id,
				settings,
				clock().toISOString()
			);
			return settings;
		},

		/** The public config the iframe app loads. */
		async configFor( site: Site ): Promise< WidgetConfig > {
			const { chatLimits, ...settings } = await settingsFor( site );
			void chatLimits; // the shop's limits are not the shopper's business
			return {
				...settings,
				siteKey: site.publicKey,
				allowedOrigins: site.allowedOrigins,
				streaming: true,
			};
		},
	};
}

export type WidgetService = ReturnType< typeof createWidgetService >;
