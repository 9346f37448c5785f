import {
	formatFigure,
	REPORT_FIGURES,
} from '../../../../contracts/plain/report-figures';
import type { DayFigures } from '../../../../contracts/reports';
import { newId } from '../../platform/crypto';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { HealthFiguresProvider } from '../alerts/evaluate';
import type { DeliveryMessage } from '../alerts/repo';
import type { DailyReport, ReportsRepo } from './repo';

export const DAILY_REPORT_JOB = 'reports.daily';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReportsServiceDeps {
	repo: ReportsRepo;
	clock: () => Date;
	/** The UTC hour from which yesterday's reports are produced. */
	reportHourUtc: number;
	healthFigures: HealthFiguresProvider;
	activityCounts: (
		organizationId: string | null,
		from: string,
		to: string
	) => Promise< { conversations: number; messages: number } >;
	aiCostMicros: (
		organizationId: string | null,
		from: string,
		to: string
	) => Promise< number >;
	listOrganizations: () => Promise< Array< { id: string; name: string } > >;
	/** Sends the report to the scope's e-mail channels (alerts module). */
	notify: ( input: {
		organizationId: string | null;
		kind: 'daily_report';
		message: DeliveryMessage;
		reportId: string;
		emailOnly: true;
	} ) => Promise< unknown >;
	publicUrl: string;
}

/**
 * The UTC day before `at`, as YYYY-MM-DD.
 *
 * @param at A time.
 */
export function previousDay( at: Date ): string {
	return new Date( at.getTime() - DAY_MS ).toISOString().slice( 0, 10 );
}

/** The e-mail lists every figure of a report but the widget loads. */
const EMAILED_FIGURES = REPORT_FIGURES.filter(
	( figure ) => figure.key !== 'widgetLoads'
);

function formatChange(
	key: keyof DayFigures,
	value: number | null,
	before: number | null
): string {
	if ( value === null || before === null ) {
		return '';
	}
	const delta = value - before;
	if ( delta === 0 ) {
		return ' (no change)';
	}
	const sign = delta > 0 ? '+' : '−';
	return ` (${ sign }${ formatFigure( key, Math.abs( delta ) ) } vs the day before)`;
}

/**
 * Daily health reports per organization and for the platform: the day's key figures next
 * to the day before, stored once per scope and day and e-mailed to the scope's channels.
 *
 * @param deps Dependencies.
 */
export function createReportsService( deps: ReportsServiceDeps ) {
	const { repo, clock } = deps;

	async function figuresFor(
		organizationId: string | null,
		day: string
	): Promise< DayFigures > {
		const from = `${ day }T00:00:00.000Z`;
		const to = new Date( Date.parse( from ) + DAY_MS ).toISOString();
		const [ health, activity, cost ] = await Promise.all( [
			deps.healthFigures( {
				from,
				to,
				...( organizationId ? { organizationId } : {} ),
			} ),
			deps.activityCounts( organizationId, from, to ),
			deps.aiCostMicros( organizationId, from, to ),
		] );
		return {
			messages: activity.messages,
			conversations: activity.conversations,
			widgetLoads: health.widgetLoads,
			errors: health.errors,
			errorRate: health.errorRate,
			originRejections: health.originRejections,
			retries: health.retries,
			retrySuccessRate: health.retrySuccessRate,
			aiCostMicros: cost,
		};
	}

	function reportMessage(
		report: DailyReport,
		scopeName: string
	): DeliveryMessage {
		const subject = `[OmniOps] Daily health report ${ report.day }: ${ scopeName }`;
		const lines = EMAILED_FIGURES.map(
			( { key, label } ) =>
				`${ label }: ${ formatFigure( key, report.figures[ key ] ) }${ formatChange(
					key,
					report.figures[ key ],
					report.previous[ key ]
				) }`
		);
		const text = [
			`Health of ${ scopeName } on ${ report.day } (UTC):`,
			'',
			...lines,
			'',
			`Report: ${ deps.publicUrl }/owner/reports/${ report.id }`,
		].join( '\n' );
		return {
			subject,
			text,
			event: { type: 'report.daily', report, text },
		};
	}

	async function produceFor(
		scope: { organizationId: string | null; name: string },
		day: string
	): Promise< DailyReport | null > {
		const scopeKey = scope.organizationId ?? 'platform';
		if ( await repo.exists( scopeKey, day ) ) {
			return null;
		}
		const report: DailyReport = {
			id: newId(),
			scopeKey,
			organizationId: scope.organizationId,
			day,
			figures: await figuresFor( scope.organizationId, day ),
			previous: await figuresFor(
				scope.organizationId,
				previousDay( new Date( `${ day }T00:00:00.000Z` ) )
			),
			createdAt: clock().toISOString(),
		};
		if ( ! ( await repo.insert( report ) ) ) {
			return null;
		}
		await deps.notify( {
			organizationId: scope.organizationId,
			kind: 'daily_report',
			reportId: report.id,
			message: reportMessage( report, scope.name ),
			emailOnly: true,
		} );
		return report;
	}

	async function produceDay( day: string ): Promise< DailyReport[] > {
		const scopes = [
			{ organizationId: null, name: 'the platform' },
			...( await deps.listOrganizations() ).map( ( org ) => ( {
				organizationId: org.id,
				name: org.name,
			} ) ),
		];
		const produced: DailyReport[] = [];
		for ( const scope of scopes ) {
			const report = await produceFor( scope, day );
			if ( report ) {
				produced.push( report );
			}
		}
		return produced;
	}

	async function withNames( reports: DailyReport[] ) {
		const names = new Map(
			( await deps.listOrganizations() ).map( ( org ) => [
				org.id,
				org.name,
			] )
		);
		return reports.map( ( report ) => ( {
			...report,
			scopeName: report.organizationId
				? ( names.get( report.organizationId ) ??
					report.organizationId )
				: 'Platform',
		} ) );
	}

	return {
		produceDay,

		/**
		 * The scheduled job: from the configured hour on, produces yesterday's reports
		 * (once per scope; later runs that day find them and do nothing).
		 */
		async runScheduled(): Promise< DailyReport[] > {
			const now = clock();
			if ( now.getUTCHours() < deps.reportHourUtc ) {
				return [];
			}
			return produceDay( previousDay( now ) );
		},

		/** Produces the reports of `day` now (default: yesterday) — the owner's "produce now". */
		async produceNow( day?: string ): Promise< DailyReport[] > {
			const today = clock().toISOString().slice( 0, 10 );
			if ( day && day >= today ) {
				throw new ValidationError(
					'Only days that have ended can be reported.',
					{ day: [ 'Give a day before today (UTC).' ] }
				);
			}
			return produceDay( day ?? previousDay( clock() ) );
		},

		async list( filter: { scopeKey?: string; limit?: number } ) {
			return withNames(
				await repo.list( {
					scopeKey: filter.scopeKey,
					limit: filter.limit ?? 100,
				} )
			);
		},

		async get( id: string ) {
			const report = await repo.find( id );
			if ( ! report ) {
				throw new NotFoundError( 'No such report.' );
			}
			return ( await withNames( [ report ] ) )[ 0 ]!;
		},
	};
}

export type ReportsService = ReturnType< typeof createReportsService >;
