import { AppError, ValidationError } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { ChatService } from '../chat/service';
import type { Site, SitesService } from '../sites/service';
import type { WidgetService } from '../widget/service';
import type { PrivacyChoiceRow, PrivacyRepo } from './repo';
// A conversation's privacy choices are the contract's (ADR 0032).
import type { PrivacyChoices } from '../../../../contracts/privacy';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A conversation the request is about, as the conversation token proves it. */
export interface ConversationRef {
	organizationId: string;
	siteId: string;
	conversationId: string;
}

/** 403 with its own code, so the widget can tell "consent first" from other refusals. */
export class ConsentRequiredError extends AppError {
	constructor() {
		super(
			403,
			'consent_required',
			'This shop asks for consent before the chat stores anything.'
		);
	}
}

export interface PrivacyServiceDeps {
	repo: PrivacyRepo;
	chat: ChatService;
	sites: SitesService;
	widget: WidgetService;
	clock: () => Date;
	logger: Logger;
	/** Other modules' data kept per conversation (attribution's journey), erased with it. */
	eraseAlso?: ReadonlyArray<
		( organizationId: string, conversationId: string ) => Promise< void >
	>;
	/** The pages kept with a conversation (attribution's journey), for the exporter. */
	pagesViewed?: (
		organizationId: string,
		conversationId: string
	) => Promise< Array< { url: string; viewedAt: string } > >;
}

export function createPrivacyService( deps: PrivacyServiceDeps ) {
	const { repo, chat, sites, widget, clock, logger } = deps;

	const siteSettings = async ( organizationId: string, siteId: string ) =>
		widget.settingsFor( await sites.get( organizationId, siteId ) );

	const toChoices = (
		choice: PrivacyChoiceRow | undefined,
		defaultDays: number
	): PrivacyChoices => ( {
		consentGiven: Boolean( choice?.consentGivenAt ),
		consentGivenAt: choice?.consentGivenAt ?? null,
		retentionDays: choice?.retentionDays ?? defaultDays,
		email: choice?.email ?? null,
	} );

	async function eraseConversation(
		organizationId: string,
		conversationId: string
	): Promise< boolean > {
		await repo.remove( organizationId, conversationId );
		for ( const erase of deps.eraseAlso ?? [] ) {
			await erase( organizationId, conversationId );
		}
		return chat.deleteConversation( organizationId, conversationId );
	}

	return {
		async choicesFor( ref: ConversationRef ): Promise< PrivacyChoices > {
			const settings = await siteSettings(
				ref.organizationId,
				ref.siteId
			);
			return toChoices(
				await repo.find( ref.organizationId, ref.conversationId ),
				settings.retention.defaultDays
			);
		},

		/**
		 * Records consent and the retention the shopper chose. The range is the site's:
		 * outside it is a 400 and nothing changes.
		 *
		 * @param ref                 The conversation.
		 * @param input               The choices.
		 * @param input.retentionDays Whole days, inside the site's range.
		 * @param input.email         Optional e-mail for export/erase requests.
		 * @return The stored choices.
		 */
		async saveChoices(
			ref: ConversationRef,
			input: { retentionDays: number; email?: string }
		): Promise< PrivacyChoices > {
			const { retention } = await siteSettings(
				ref.organizationId,
				ref.siteId
			);
			if (
				input.retentionDays < retention.minDays ||
				input.retentionDays > retention.maxDays
			) {
				throw new ValidationError(
					`Keep conversations between ${ retention.minDays } and ${ retention.maxDays } days.`,
					{ retentionDays: retention }
				);
			}
			const previous = await repo.find(
				ref.organizationId,
				ref.conversationId
			);
			const now = clock().toISOString();
			const row: PrivacyChoiceRow = {
				conversationId: ref.conversationId,
				organizationId: ref.organizationId,
				siteId: ref.siteId,
				consentGivenAt: previous?.consentGivenAt ?? now,
				retentionDays: input.retentionDays,
				email:
					input.email === undefined
						? ( previous?.email ?? null )
						: input.email.trim().toLowerCase() || null,
				updatedAt: now,
			};
			await repo.save( row );
			return toChoices( row, retention.defaultDays );
		},

		/** Refuses a send on a site that requires consent when none was given. */
		async ensureConsent( ref: ConversationRef ): Promise< void > {
			const settings = await siteSettings(
				ref.organizationId,
				ref.siteId
			);
			if ( ! settings.consentRequired ) {
				return;
			}
			const choice = await repo.find(
				ref.organizationId,
				ref.conversationId
			);
			if ( ! choice?.consentGivenAt ) {
				throw new ConsentRequiredError();
			}
		},

		/** "Delete my conversation": the messages and the choices go; the token stops working. */
		deleteConversation: ( ref: ConversationRef ) =>
			eraseConversation( ref.organizationId, ref.conversationId ),

		/** What the WordPress personal-data exporter shows for one e-mail. */
		async exportByEmail( site: Site, email: string ) {
			const choices = await repo.listByEmail(
				site.organizationId,
				site.id,
				email.trim().toLowerCase()
			);
			const conversations = [];
			for ( const choice of choices ) {
				const messages = await chat.allMessages(
					site.organizationId,
					choice.conversationId
				);
				conversations.push( {
					id: choice.conversationId,
					createdAt: messages[ 0 ]?.createdAt ?? choice.updatedAt,
					retentionDays: choice.retentionDays,
					consentGivenAt: choice.consentGivenAt,
					messages: messages.map( ( message ) => ( {
						role: message.role,
						text: message.text,
						createdAt: message.createdAt,
					} ) ),
					pagesViewed:
						( await deps.pagesViewed?.(
							site.organizationId,
							choice.conversationId
						) ) ?? [],
				} );
			}
			return { conversations };
		},

		/** The WordPress personal-data eraser: every conversation tied to the e-mail. */
		async eraseByEmail( site: Site, email: string ) {
			const choices = await repo.listByEmail(
				site.organizationId,
				site.id,
				email.trim().toLowerCase()
			);
			let erased = 0;
			for ( const choice of choices ) {
				if (
					await eraseConversation(
						site.organizationId,
						choice.conversationId
					)
				) {
					erased++;
				}
			}
			return { erased };
		},

		/**
		 * The scheduled retention purge: deletes every conversation idle for longer than
		 * the retention its shopper chose (or the site's default). The shortest possible
		 * retention is one day, so only conversations idle that long are looked at.
		 *
		 * @return How many conversations were deleted.
		 */
		async purgeExpired(): Promise< number > {
			const now = clock().getTime();
			const candidates = await chat.listIdleConversations(
				new Date( now - DAY_MS ).toISOString()
			);
			const defaults = new Map< string, number >();
			let purged = 0;
			for ( const conversation of candidates ) {
				const { organizationId, siteId, id } = conversation;
				let days = ( await repo.find( organizationId, id ) )
					?.retentionDays;
				if ( days === undefined ) {
					if ( ! defaults.has( siteId ) ) {
						defaults.set(
							siteId,
							(
								await siteSettings(
									organizationId,
									siteId
								).catch( () => null )
							)?.retention.defaultDays ?? 30
						);
					}
					days = defaults.get( siteId )!;
				}
				if (
					Date.parse( conversation.updatedAt ) <
					now - days * DAY_MS
				) {
					await eraseConversation( organizationId, id );
					purged++;
				}
			}
			if ( purged ) {
				logger.info( { purged }, 'retention purge' );
			}
			return purged;
		},
	};
}

export type PrivacyService = ReturnType< typeof createPrivacyService >;
