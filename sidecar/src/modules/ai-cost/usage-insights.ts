/**
 * AI usage and cost for the platform owner's telemetry page, by organization, site, model
 * or day. Cost and tokens are sums of the usage rows the engine records (usage module), so
 * the page reconciles exactly with them; messages and conversations come from the chat
 * module, handoffs from the assistant module.
 *
 * Definitions (docs/architecture.md, "AI cost telemetry"):
 * - replies: assistant messages stored; LLM answers: usage rows with outcome `answered`;
 *   fallbacks: usage rows with outcome `fallback` (the embedded responder answered after
 *   the LLM failed, timed out, ran out of budget or was not grounded);
 *   embedded answers: replies that no LLM answered (replies − LLM answers);
 * - conversations: distinct conversations with a message in the window;
 * - resolved conversation: a conversation with a message in the window that did not ask
 *   for a person (no handoff request in the window). Cost per resolved conversation is
 *   the window's cost ÷ resolved conversations.
 */
// The report's shapes are the contract's (ADR 0032).
import type {
	UsageFigures,
	UsageGrouping,
	UsageReport,
	UsageRow,
} from '../../../../contracts/ai-usage';

interface SiteKeyed {
	organizationId: string;
	siteId: string;
}

export interface UsageInsightsDeps {
	usageTotals: (
		from: string,
		to: string
	) => Promise<
		Array<
			SiteKeyed & {
				provider: string;
				model: string;
				outcome: string;
				calls: number;
				inputTokens: number;
				outputTokens: number;
				costMicros: number;
			}
		>
	>;
	activity: (
		from: string,
		to: string
	) => Promise<
		Array<
			SiteKeyed & {
				shopperMessages: number;
				replies: number;
				conversations: number;
			}
		>
	>;
	handoffConversations: (
		from: string,
		to: string
	) => Promise< Array< SiteKeyed & { conversations: number } > >;
	/** Display names: organization name, site URL. */
	organizationName: ( id: string ) => Promise< string >;
	siteLabel: ( id: string ) => Promise< string >;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Longest window the page asks for; bounds the per-day queries. */
export const MAX_RANGE_DAYS = 366;

function emptyFigures(): UsageFigures {
	return {
		shopperMessages: 0,
		replies: 0,
		conversations: 0,
		resolvedConversations: 0,
		llmAnswers: 0,
		fallbacks: 0,
		embeddedAnswers: 0,
		embeddedShare: null,
		inputTokens: 0,
		outputTokens: 0,
		costMicros: 0,
		costPerResolvedMicros: null,
	};
}

/** Fills the derived figures once the sums are in. */
function finish( figures: UsageFigures, handoffs: number ): UsageFigures {
	const resolved = Math.max( 0, figures.conversations - handoffs );
	const embedded = Math.max( 0, figures.replies - figures.llmAnswers );
	return {
		...figures,
		resolvedConversations: resolved,
		embeddedAnswers: embedded,
		embeddedShare: figures.replies ? embedded / figures.replies : null,
		costPerResolvedMicros: resolved
			? Math.round( figures.costMicros / resolved )
			: null,
	};
}

/** Sums one window's rows into figures per key. */
async function figuresByKey(
	deps: UsageInsightsDeps,
	from: string,
	to: string,
	keyOf: ( row: SiteKeyed & { model?: string } ) => string
): Promise< Map< string, { figures: UsageFigures; handoffs: number } > > {
	const [ usage, activity, handoffs ] = await Promise.all( [
		deps.usageTotals( from, to ),
		deps.activity( from, to ),
		deps.handoffConversations( from, to ),
	] );
	const groups = new Map<
		string,
		{ figures: UsageFigures; handoffs: number }
	>();
	const group = ( key: string ) => {
		let entry = groups.get( key );
		if ( ! entry ) {
			entry = { figures: emptyFigures(), handoffs: 0 };
			groups.set( key, entry );
		}
		return entry;
	};
	for ( const row of usage ) {
		const { figures } = group( keyOf( row ) );
		figures.inputTokens += row.inputTokens;
		figures.outputTokens += row.outputTokens;
		figures.costMicros += row.costMicros;
		if ( row.outcome === 'answered' ) {
			figures.llmAnswers += row.calls;
		} else if ( row.outcome === 'fallback' ) {
			figures.fallbacks += row.calls;
		}
	}
	for ( const row of activity ) {
		const { figures } = group( keyOf( row ) );
		figures.shopperMessages += row.shopperMessages;
		figures.replies += row.replies;
		figures.conversations += row.conversations;
	}
	for ( const row of handoffs ) {
		group( keyOf( row ) ).handoffs += row.conversations;
	}
	return groups;
}

function dayStarts( from: string, to: string ): string[] {
	const days: string[] = [];
	const start = Math.floor( Date.parse( from ) / DAY_MS ) * DAY_MS;
	for ( let day = start; day < Date.parse( to ); day += DAY_MS ) {
		days.push( new Date( day ).toISOString() );
	}
	return days;
}

export function createUsageInsights( deps: UsageInsightsDeps ) {
	/**
	 * Rows per day: each UTC day of the window (clipped to it) summed on its own, so a
	 * conversation that spans midnight counts on both days, as the page says.
	 *
	 * @param from ISO start.
	 * @param to   ISO end.
	 */
	async function byDay( from: string, to: string ): Promise< UsageRow[] > {
		const rows: UsageRow[] = [];
		for ( const day of dayStarts( from, to ) ) {
			const start = day < from ? from : day;
			const next = new Date( Date.parse( day ) + DAY_MS ).toISOString();
			const end = next > to ? to : next;
			const groups = await figuresByKey( deps, start, end, () => 'all' );
			const entry = groups.get( 'all' );
			if ( entry ) {
				const key = day.slice( 0, 10 );
				rows.push( {
					key,
					label: key,
					...finish( entry.figures, entry.handoffs ),
				} );
			}
		}
		return rows;
	}

	return {
		async report(
			from: string,
			to: string,
			groupBy: UsageGrouping
		): Promise< UsageReport > {
			const all = await figuresByKey( deps, from, to, () => 'all' );
			const total = all.get( 'all' );
			const totals = total
				? finish( total.figures, total.handoffs )
				: emptyFigures();
			if ( groupBy === 'day' ) {
				return {
					from,
					to,
					groupBy,
					totals,
					rows: await byDay( from, to ),
				};
			}
			const keyOf = {
				organization: ( row: SiteKeyed ) => row.organizationId,
				site: ( row: SiteKeyed ) => row.siteId,
				// Messages and handoffs have no model: they land on the `embedded` row.
				model: ( row: SiteKeyed & { model?: string } ) =>
					row.model ?? 'embedded',
			}[ groupBy ];
			const groups = await figuresByKey( deps, from, to, keyOf );
			const rows: UsageRow[] = [];
			for ( const [ key, entry ] of groups ) {
				let label = key;
				if ( groupBy === 'organization' ) {
					label = await deps.organizationName( key );
				} else if ( groupBy === 'site' ) {
					label = await deps.siteLabel( key );
				}
				rows.push( {
					key,
					label,
					...finish( entry.figures, entry.handoffs ),
				} );
			}
			const embedded = rows.find( ( row ) => row.key === 'embedded' );
			if ( groupBy === 'model' && embedded ) {
				// Its messages are everyone's; only the share no LLM answered is its own.
				embedded.label = 'embedded responder (all messages)';
				embedded.embeddedAnswers = totals.embeddedAnswers;
				embedded.embeddedShare = totals.embeddedShare;
			}
			rows.sort( ( a, b ) => b.costMicros - a.costMicros );
			return { from, to, groupBy, totals, rows };
		},
	};
}

export type UsageInsights = ReturnType< typeof createUsageInsights >;
