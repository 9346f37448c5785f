/**
 * Memory for pure functions of one string (issue 12). The embedded responder asks the same
 * questions of the same words on every message — the signals of each word of every found
 * product's name, the content words of those names — and each answer costs a dozen large
 * Unicode regular expressions. The answers depend on the text alone, so they are kept per
 * text. Bounded: when full the memory starts again (shoppers' sentences rarely repeat, the
 * catalog's words do, and they come straight back), so it never grows without end.
 */

/** Texts kept per memo at most before it is emptied. */
export const TEXT_MEMO_SIZE = 20_000;

/**
 * A memo for one pure function of a string. The caller gets the kept value itself: wrap it
 * in a copy where callers may change what they are given.
 * @param size texts kept at most
 */
export function textMemo< T >( size = TEXT_MEMO_SIZE ) {
	const kept = new Map< string, T >();
	return ( text: string, compute: ( text: string ) => T ): T => {
		const found = kept.get( text );
		if ( found !== undefined ) {
			return found;
		}
		const value = compute( text );
		if ( kept.size >= size ) {
			kept.clear();
		}
		kept.set( text, value );
		return value;
	};
}

/** Pairs kept per pair memo at most before it is emptied. */
export const PAIR_MEMO_SIZE = 200_000;

/**
 * A memo for one pure function of two strings (issue 12): whether a shopper's word matches
 * a product name's word is asked for every word pair of every found product on every
 * message, and each answer costs regular expressions, stems and an edit distance. Kept as a
 * map per first string (no joined key to build); bounded like textMemo: when it holds
 * `size` pairs it starts again.
 * @param size pairs kept at most
 */
export function pairMemo< T >( size = PAIR_MEMO_SIZE ) {
	const kept = new Map< string, Map< string, T > >();
	let count = 0;
	return (
		a: string,
		b: string,
		compute: ( a: string, b: string ) => T
	): T => {
		let row = kept.get( a );
		const found = row?.get( b );
		if ( found !== undefined ) {
			return found;
		}
		const value = compute( a, b );
		if ( count >= size ) {
			kept.clear();
			count = 0;
			row = undefined;
		}
		if ( ! row ) {
			row = new Map();
			kept.set( a, row );
		}
		row.set( b, value );
		count++;
		return value;
	};
}
