/** The only code touching the attribution tables: page views, first touches, conversions. */
import type { Kysely, Selectable } from 'kysely';
import { camelRow } from '../../db/rows';
import type {
	AttributionConversionsTable,
	AttributionPageViewsTable,
	Database,
} from '../../db/schema';

export type Utm = Partial<
	Record< 'source' | 'medium' | 'campaign' | 'term' | 'content', string >
>;

export interface PageViewRow {
	id: string;
	organizationId: string;
	siteId: string;
	conversationId: string;
	url: string;
	title: string;
	referrer: string;
	pageType: string | null;
	productId: string | null;
	utm: Utm | null;
	refCode: string | null;
	viewedAt: string;
}

export interface FirstTouchRow {
	conversationId: string;
	organizationId: string;
	siteId: string;
	landingUrl: string;
	/** The referring site's host, only when it is not the shop itself. */
	referrerHost: string | null;
	utm: Utm | null;
	refCode: string | null;
	createdAt: string;
}

export interface ConversionRow {
	id: string;
	organizationId: string;
	siteId: string;
	orderId: string;
	orderNumber: string;
	status: string;
	totalMinor: number;
	currency: string;
	conversationId: string | null;
	linkedBy: 'order_meta' | 'handoff_email';
	secondsAfterChat: number;
	utm: Utm | null;
	refCode: string | null;
	referrerHost: string | null;
	orderedAt: string;
	recordedAt: string;
	updatedAt: string;
}

const json = ( value: unknown ) => ( value ? JSON.stringify( value ) : null );
const parseUtm = ( value: string | null ) =>
	value ? ( JSON.parse( value ) as Utm ) : null;

function toPageView(
	row: Selectable< AttributionPageViewsTable >
): PageViewRow {
	return { ...camelRow( row ), utm: parseUtm( row.utm ) };
}

function toConversion(
	row: Selectable< AttributionConversionsTable >
): ConversionRow {
	return {
		...camelRow( row ),
		totalMinor: Number( row.total_minor ),
		linkedBy: row.linked_by as ConversionRow[ 'linkedBy' ],
		secondsAfterChat: Number( row.seconds_after_chat ),
		utm: parseUtm( row.utm ),
	};
}

export function createAttributionRepo( db: Kysely< Database > ) {
	return {
		async lastPageView(
			organizationId: string,
			conversationId: string
		): Promise< PageViewRow | undefined > {
			const row = await db
				.selectFrom( 'attribution_page_views' )
				.selectAll()
				.where( 'organization_id', '=', organizationId )
				.where( 'conversation_id', '=', conversationId )
				.orderBy( 'viewed_at', 'desc' )
				.orderBy( 'id', 'desc' )
				.limit( 1 )
				.executeTakeFirst();
			return row && toPageView( row );
		},

		/** Stores a page view; the conversation's first view also becomes its first touch. */
		async insertPageView(
			view: PageViewRow,
			firstTouch: FirstTouchRow
		): Promise< void > {
			await db.transaction().execute( async ( trx ) => {
				await trx
					.insertInto( 'attribution_page_views' )
					.values( {
						id: view.id,
						organization_id: view.organizationId,
						site_id: view.siteId,
						conversation_id: view.conversationId,
						url: view.url,
						title: view.title,
						referrer: view.referrer,
						page_type: view.pageType,
						product_id: view.productId,
						utm: json( view.utm ),
						ref_code: view.refCode,
						viewed_at: view.viewedAt,
					} )
					.execute();
				await trx
					.insertInto( 'attribution_first_touch' )
					.values( {
						conversation_id: firstTouch.conversationId,
						organization_id: firstTouch.organizationId,
						site_id: firstTouch.siteId,
						landing_url: firstTouch.landingUrl,
						referrer_host: firstTouch.referrerHost,
						utm: json( firstTouch.utm ),
						ref_code: firstTouch.refCode,
						created_at: firstTouch.createdAt,
					} )
					.onConflict( ( oc ) =>
						oc.column( 'conversation_id' ).doNothing()
					)
					.execute();
			} );
		},

		async listPageViews(
			organizationId: string,
			conversationId: string,
			limit: number
		): Promise< PageViewRow[] > {
			const rows = await db
				.selectFrom( 'attribution_page_views' )
				.selectAll()
				.where( 'organization_id', '=', organizationId )
				.where( 'conversation_id', '=', conversationId )
				.orderBy( 'viewed_at' )
				.orderBy( 'id' )
				.limit( limit )
				.execute();
			return rows.map( toPageView );
		},

		async firstTouch(
			organizationId: string,
			conversationId: string
		): Promise< FirstTouchRow | undefined > {
			const row = await db
				.selectFrom( 'attribution_first_touch' )
				.selectAll()
				.where( 'organization_id', '=', organizationId )
				.where( 'conversation_id', '=', conversationId )
				.executeTakeFirst();
			return row && { ...camelRow( row ), utm: parseUtm( row.utm ) };
		},

		/**
		 * Erasure of one conversation: its journey and first touch go; its conversions stay
		 * as shop figures but no longer point at the conversation.
		 */
		async eraseConversation(
			organizationId: string,
			conversationId: string
		): Promise< void > {
			await db.transaction().execute( async ( trx ) => {
				await trx
					.deleteFrom( 'attribution_page_views' )
					.where( 'organization_id', '=', organizationId )
					.where( 'conversation_id', '=', conversationId )
					.execute();
				await trx
					.deleteFrom( 'attribution_first_touch' )
					.where( 'organization_id', '=', organizationId )
					.where( 'conversation_id', '=', conversationId )
					.execute();
				await trx
					.updateTable( 'attribution_conversions' )
					.set( { conversation_id: null } )
					.where( 'organization_id', '=', organizationId )
					.where( 'conversation_id', '=', conversationId )
					.execute();
			} );
		},

		async findConversion(
			siteId: string,
			orderId: string
		): Promise< ConversionRow | undefined > {
			const row = await db
				.selectFrom( 'attribution_conversions' )
				.selectAll()
				.where( 'site_id', '=', siteId )
				.where( 'order_id', '=', orderId )
				.executeTakeFirst();
			return row && toConversion( row );
		},

		async insertConversion( conversion: ConversionRow ): Promise< void > {
			await db
				.insertInto( 'attribution_conversions' )
				.values( {
					id: conversion.id,
					organization_id: conversion.organizationId,
					site_id: conversion.siteId,
					order_id: conversion.orderId,
					order_number: conversion.orderNumber,
					status: conversion.status,
					total_minor: conversion.totalMinor,
					currency: conversion.currency,
					conversation_id: conversion.conversationId,
					linked_by: conversion.linkedBy,
					seconds_after_chat: conversion.secondsAfterChat,
					utm: json( conversion.utm ),
					ref_code: conversion.refCode,
					referrer_host: conversion.referrerHost,
					ordered_at: conversion.orderedAt,
					recorded_at: conversion.recordedAt,
					updated_at: conversion.updatedAt,
				} )
				.execute();
		},

		/** A later delivery of an attributed order (status or total changed). */
		async updateConversion(
			id: string,
			change: {
				status: string;
				totalMinor: number;
				currency: string;
				updatedAt: string;
			}
		): Promise< void > {
			await db
				.updateTable( 'attribution_conversions' )
				.set( {
					status: change.status,
					total_minor: change.totalMinor,
					currency: change.currency,
					updated_at: change.updatedAt,
				} )
				.where( 'id', '=', id )
				.execute();
		},

		async listConversions(
			organizationId: string,
			since: string,
			limit: number
		): Promise< ConversionRow[] > {
			const rows = await db
				.selectFrom( 'attribution_conversions' )
				.selectAll()
				.where( 'organization_id', '=', organizationId )
				.where( 'ordered_at', '>=', since )
				.orderBy( 'ordered_at', 'desc' )
				.orderBy( 'id', 'desc' )
				.limit( limit )
				.execute();
			return rows.map( toConversion );
		},

		/** Orders and revenue per currency since `since`, without the statuses given (cancelled, refunded…). */
		async totals(
			organizationId: string,
			since: string,
			excludedStatuses: readonly string[]
		): Promise<
			Array< { currency: string; orders: number; totalMinor: number } >
		> {
			const rows = await db
				.selectFrom( 'attribution_conversions' )
				.select( ( eb ) => [
					'currency',
					eb.fn.countAll< number >().as( 'orders' ),
					eb.fn.sum< number >( 'total_minor' ).as( 'total_minor' ),
				] )
				.where( 'organization_id', '=', organizationId )
				.where( 'ordered_at', '>=', since )
				.where( 'status', 'not in', [ ...excludedStatuses ] )
				.groupBy( 'currency' )
				.orderBy( 'currency' )
				.execute();
			// PostgreSQL answers SUM(bigint) as numeric (a string); both become numbers here.
			return rows.map( ( row ) => ( {
				currency: row.currency,
				orders: Number( row.orders ),
				totalMinor: Number( row.total_minor ),
			} ) );
		},
	};
}

export type AttributionRepo = ReturnType< typeof createAttributionRepo >;
