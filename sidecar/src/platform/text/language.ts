/**
 * Languages the text analysis knows, their stop words, and a language guess that works on a
 * single short question ("Wie lange dauert der Versand?").
 */

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = [ 'en', 'de' ];

const EN_STOP = (
	'a about above after again against all am an and any are as at be because been before being below between both but ' +
	'by can could did do does doing done down during each few for from further had has have having he her here hers ' +
	'herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once ' +
	'only or other our ours ourselves out over own same she should so some such than that the their theirs them ' +
	'themselves then there these they this those through to too under until up very was we were what when where which ' +
	'while who whom why will with would you your yours yourself yourselves hi hello hey please thanks thank tell know ' +
	'want need get got also may might must shall us let lets im ive id youre dont cant wont anything something there ' +
	'whats wheres hows isnt arent doesnt didnt ok okay yes'
).split( ' ' );

const DE_STOP = (
	'aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin ' +
	'bis bist bitte da damit dann das dass dasselbe dazu daß dein deine deinem deinen deiner deines dem den denn der derer ' +
	'des dessen dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines ' +
	'einige einigen einiges einmal er es etwas euch euer eure eurem euren eurer eures für gegen gewesen gibt hab habe ' +
	'haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede ' +
	'jedem jeden jeder jedes jetzt kann kannst können könnt könnte kein keine keinem keinen keiner man mein meine ' +
	'meinem meinen meiner meines mich mir mit möchte möchten muss musste nach nicht nichts noch nun nur ob oder ohne ' +
	'sehr sein seine seinem seinen seiner sich sie sind so soll sollte sondern sonst über um und uns unser unsere ' +
	'unserem unseren unserer unter vom von vor war waren was weil welche welchem welchen welcher welches wenn werde ' +
	'werden wer wie wieder will wir wird wirst wo wann warum wieso weshalb woher wohin wäre würde würden zu zum zur ' +
	'zwar zwischen hallo danke gerne mal ja nein guten sowie bzw usw ca etwa jedoch bereits oft immer sowohl'
).split( ' ' );

export const STOP_WORDS: Record< Lang, ReadonlySet< string > > = {
	en: new Set( EN_STOP ),
	de: new Set( DE_STOP ),
};

/** Words that are stop words in one language only: the evidence a guess may use ("in", "so", "die" are not). */
const EXCLUSIVE: Record< Lang, ReadonlySet< string > > = {
	en: new Set( EN_STOP.filter( ( word ) => ! STOP_WORDS.de.has( word ) ) ),
	de: new Set( DE_STOP.filter( ( word ) => ! STOP_WORDS.en.has( word ) ) ),
};

/** E-mail addresses and URLs are identifiers, never search words ("x@shop.de" is not about "shop"). */
const EMAILS_AND_URLS = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}|\bhttps?:\/\/\S+/gi;

/** Lower-case words of a text, letters and digits only (umlauts kept; folding happens later). */
export function words( text: string ): string[] {
	return (
		text
			.replace( EMAILS_AND_URLS, ' ' )
			.toLowerCase()
			.match( /[\p{L}\p{N}]+/gu ) ?? []
	);
}

/** Extra evidence a caller may add: vocabulary known to belong to one language (the concept lexicon). */
export type VocabularyHint = ( word: string ) => Lang | null;

/**
 * Guesses whether a text is German or English from exclusive stop words, German letters
 * (ä ö ü ß) and, when given, known vocabulary. Returns null when there is no evidence or it
 * is tied, so the caller falls back to the shop's language.
 */
export function detectLanguage(
	text: string,
	vocabulary?: VocabularyHint
): Lang | null {
	const score: Record< Lang, number > = { en: 0, de: 0 };
	for ( const word of words( text ) ) {
		if ( EXCLUSIVE.de.has( word ) ) {
			score.de += 2;
		} else if ( EXCLUSIVE.en.has( word ) ) {
			score.en += 2;
		}
		if ( /[äöüß]/.test( word ) ) {
			score.de += 2;
		}
		const known = vocabulary?.( word );
		if ( known ) {
			score[ known ] += 1;
		}
	}
	if ( score.de === score.en ) {
		return null;
	}
	return score.de > score.en ? 'de' : 'en';
}

/** 'de_DE', 'de-AT', 'en_US' … to a language the analysis knows; null for others. */
export function langOfLocale( locale: string | null | undefined ): Lang | null {
	const prefix = ( locale ?? '' ).slice( 0, 2 ).toLowerCase();
	return prefix === 'de' || prefix === 'en' ? prefix : null;
}
