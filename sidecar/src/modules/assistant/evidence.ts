/**
 * Evidence: which of the shop's own sentences, attributes and passages state what a
 * question asks. Scoring is by meaning-bearing words (both languages, word forms via a
 * shared beginning, concepts via the bilingual lexicon in analysis.ts) and by the kind of
 * quantity asked for ("how heavy" wants a weight, "15 bar" a pressure). Nothing here
 * makes up text: every result is a verbatim piece of the shop's data.
 */
export {
	ASKING_WORDS,
	conceptPhrases,
	overlap,
	sentences,
} from './evidence-words';
export { askedDimensions } from './evidence-dimensions';
export {
	factWords,
	findSpec,
	namedAttribute,
	type SpecEvidence,
} from './evidence-facts';
export {
	askedContactKinds,
	contactSentences,
	type ContactKind,
} from './evidence-contact';
export {
	askedFigure,
	asksForAmount,
	figuresInShort,
	statesMoney,
	type FigureKind,
} from './evidence-figures';
export {
	asksForProcedure,
	passageNamesMore,
	rankPassages,
	wordsNotIn,
	type Passage,
	type RankedPassage,
} from './evidence-passages';
