/**
 * Dates in a product's options: a course, a workshop or a tasting sold by date ("Sa
 * 16.01.2027", "2027-03-13", "13 March 2027") is named by the shopper in words ("the course
 * in January", "am 13. Februar", "the march date"). A question's month, with its day when it
 * gives one, names the options on that date.
 */

/** Month names and their usual abbreviations in both languages, by month number. */
const MONTHS: Array< [ number, RegExp ] > = [
	[ 1, /^(?:january|jan|januar|jänner|jaenner)$/u ],
	[ 2, /^(?:february|feb|februar|feber)$/u ],
	[ 3, /^(?:march|mar|märz|maerz|mär)$/u ],
	[ 4, /^(?:april|apr)$/u ],
	[ 5, /^(?:may|mai)$/u ],
	[ 6, /^(?:june|jun|juni)$/u ],
	[ 7, /^(?:july|jul|juli)$/u ],
	[ 8, /^(?:august|aug)$/u ],
	[ 9, /^(?:september|sep|sept)$/u ],
	[ 10, /^(?:october|oct|oktober|okt)$/u ],
	[ 11, /^(?:november|nov)$/u ],
	[ 12, /^(?:december|dec|dezember|dez)$/u ],
];

export interface DayOfYear {
	month: number;
	/** Null when only the month is said ("in January"). */
	day: number | null;
}

function monthOf( word: string ): number | null {
	const found = MONTHS.find( ( [ , form ] ) => form.test( word ) );
	return found ? found[ 0 ] : null;
}

/**
 * The dates a question names in words: "13 February", "am 13. Februar", "February 13th",
 * "in January", "the march date". "May" only with a day ("may I …" is no month).
 * @param question
 */
export function datesNamed( question: string ): DayOfYear[] {
	const tokens = question.toLowerCase().match( /[\p{L}]+|\d{1,2}/gu ) ?? [];
	const dates: DayOfYear[] = [];
	tokens.forEach( ( token, i ) => {
		const month = monthOf( token );
		if ( month === null ) {
			return;
		}
		const dayOf = ( value: string | undefined ) =>
			value && /^\d{1,2}$/.test( value ) && Number( value ) <= 31
				? Number( value )
				: null;
		const day = dayOf( tokens[ i - 1 ] ) ?? dayOf( tokens[ i + 1 ] );
		if ( month === 5 && token === 'may' && day === null ) {
			return;
		}
		dates.push( { month, day } );
	} );
	return dates;
}

/**
 * The date an option holds: "16.01.2027", "16.1.", "2027-01-16", "16 January 2027",
 * "January 16". Null when it holds none.
 * @param option
 */
export function optionDate( option: string ): DayOfYear | null {
	const dotted = /\b(\d{1,2})\.(\d{1,2})\.(?:\d{2,4})?/u.exec( option );
	if ( dotted ) {
		return { day: Number( dotted[ 1 ] ), month: Number( dotted[ 2 ] ) };
	}
	const iso = /\b\d{4}-(\d{2})-(\d{2})\b/u.exec( option );
	if ( iso ) {
		return { month: Number( iso[ 1 ] ), day: Number( iso[ 2 ] ) };
	}
	const [ named ] = datesNamed( option );
	return named ?? null;
}

/**
 * Whether the question names the option's date: the same month, and the same day when
 * the question gives one.
 * @param asked  the question's dates (datesNamed)
 * @param option
 */
export function namesOptionDate( asked: DayOfYear[], option: string ): boolean {
	if ( asked.length === 0 ) {
		return false;
	}
	const own = optionDate( option );
	return (
		own !== null &&
		asked.some(
			( date ) =>
				date.month === own.month &&
				( date.day === null || date.day === own.day )
		)
	);
}
