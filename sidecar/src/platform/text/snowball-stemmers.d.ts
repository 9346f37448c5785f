/** Types for snowball-stemmers (ships none): one stemmer object per algorithm name. */
declare module 'snowball-stemmers' {
	export interface SnowballStemmer {
		stem: ( word: string ) => string;
	}
	export function newStemmer( algorithm: string ): SnowballStemmer;
	export function algorithms(): string[];
}
