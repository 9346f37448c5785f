/**
 * Inkwell & Quire dev questions about the catalogue (spec, compare, search), written blind from tests/doubles/woocommerce/inkwell-quire.json; about 40% asked
 * in German by a visitor writing to the English shop.
 */
import type { EvalQuestion } from '../types';
import { gbp, q } from './inkwell-quire-match';

const SPEC: EvalQuestion[] = [
	q(
		'iq-spec-01',
		'spec',
		'en',
		"what's the ink capacity of the Beckford Tower vacuum filler",
		[ /2(\.0)? ?ml/ ]
	),
	q(
		'iq-spec-02',
		'spec',
		'de',
		'Wie lang ist der Widcombe Pocket Pen geschlossen?',
		[ '103' ]
	),
	q(
		'iq-spec-03',
		'spec',
		'en',
		'paper weight in the Westgate Tomoe River notebook?',
		[ '52' ]
	),
	q(
		'iq-spec-04',
		'spec',
		'en',
		'how many pages does the Quire Cloth notebook have',
		[ '240' ]
	),
	q( 'iq-spec-05', 'spec', 'de', 'Welches Füllsystem hat der Prior Park?', [
		[ 'Piston', 'Kolben' ],
	] ),
	q( 'iq-spec-06', 'spec', 'en', "is the Bathwick Ebonite pen's nib gold?", [
		'18k',
	] ),
	q(
		'iq-spec-07',
		'spec',
		'en',
		'Kingsmead brass fountain pen - how heavy is it?',
		[ '47' ]
	),
	q( 'iq-spec-08', 'spec', 'de', 'Ist die Archive Black Tinte wasserfest?', [
		[ 'waterproof', 'wasserfest' ],
	] ),
	q(
		'iq-spec-09',
		'spec',
		'en',
		'How big is the Quire leather journal in inches?',
		[ '5.83', '8.27' ]
	),
	q(
		'iq-spec-10',
		'spec',
		'de',
		'Wieviel ml hat die Roman Bronze Shimmer Tinte?',
		[ '100' ]
	),
	q(
		'iq-spec-11',
		'spec',
		'en',
		'what is the Swainswick Celluloid made of, and is it a piston filler?',
		[ 'celluloid', 'piston' ]
	),
	q(
		'iq-spec-12',
		'spec',
		'en',
		'Is the clip on the Lansdown Piston Filler spring loaded?',
		[ /spring/ ]
	),
	q(
		'iq-spec-13',
		'spec',
		'de',
		'Welche Minen passen in den Kingsmead Rollerball?',
		[ 'Schmidt 888' ]
	),
	q( 'iq-spec-14', 'spec', 'en', 'what nibs fit the oblique holder?', [
		'Nikko G',
	] ),
	q(
		'iq-spec-15',
		'spec',
		'de',
		'Wie groß ist das Siegel beim Brass Seal Bath Abbey?',
		[ '25' ]
	),
	q(
		'iq-spec-16',
		'spec',
		'en',
		'is there anything engraved on the Kelston Round Piston Filler?',
		[ /quill/ ]
	),
	q(
		'iq-spec-17',
		'spec',
		'en',
		'how many sheets in the Crescent laid letter pad A4, and what gsm?',
		[ '50', '100' ]
	),
	q(
		'iq-spec-18',
		'spec',
		'de',
		'Wie viele Seiten hat das Tomoe River Notizbuch?',
		[ '368' ]
	),
];

const COMPARE: EvalQuestion[] = [
	q(
		'iq-compare-01',
		'compare',
		'en',
		"what's the difference between the Beckford Tower and the Avoncliff vacuum fillers?",
		[ '18k', /steel/, gbp( 579 ), gbp( 75.95 ) ]
	),
	q(
		'iq-compare-02',
		'compare',
		'de',
		'Was ist der Unterschied zwischen den kurzen und den langen International-Patronen?',
		[ /0[.,]6/, /1[.,]4/ ]
	),
	q(
		'iq-compare-03',
		'compare',
		'en',
		'Claverton titanium or Quire No. 1 — which holds more ink?',
		[ 'Quire No. 1', /1\.6 ?ml/ ]
	),
	q(
		'iq-compare-04',
		'compare',
		'en',
		'lansdown rollerball vs kingsmead rollerball, price difference?',
		[ gbp( 52.95 ), gbp( 53 ) ]
	),
	q(
		'iq-compare-05',
		'compare',
		'de',
		'Welcher ist leichter: der Kingsmead Brass Füller oder der Lyncombe Brass Pocket Pen?',
		[ 'Lyncombe', '36', '47' ]
	),
	q(
		'iq-compare-06',
		'compare',
		'en',
		'Tomoe River notebook vs the Quire cloth notebook, which has the heavier paper?',
		[ '52', '68' ]
	),
	q(
		'iq-compare-07',
		'compare',
		'en',
		'which is cheaper, bath stone grey ink or thermae aqua?',
		[ 'Bath Stone', gbp( 10 ), gbp( 12.95 ) ]
	),
	q(
		'iq-compare-08',
		'compare',
		'de',
		'Widcombe Pocket Pen oder Weston Pocket Pen – was ist der Unterschied?',
		[ gbp( 42 ), gbp( 53 ) ]
	),
	q(
		'iq-compare-09',
		'compare',
		'en',
		'Kennet iron gall vs Georgian Black - which one is more water resistant?',
		[ 'Kennet', /high/ ]
	),
	q(
		'iq-compare-10',
		'compare',
		'de',
		'Vergleich: Brass Seal Quill und Brass Seal Bath Abbey, welches Siegel ist größer?',
		[ 'Bath Abbey', '25', '20' ]
	),
];

const SEARCH: EvalQuestion[] = [
	q(
		'iq-search-01',
		'search',
		'en',
		"I'm left-handed and smudge everything I write, what would you recommend?",
		[ 'Left-Handed Starter Set' ]
	),
	q(
		'iq-search-02',
		'search',
		'de',
		'Ich suche einen ersten Füller für meine 9-jährige Tochter',
		[ 'Larkhall' ]
	),
	q(
		'iq-search-03',
		'search',
		'en',
		'need a waterproof ink for addressing envelopes',
		[ [ 'Archive Black', 'Kennet' ] ]
	),
	q(
		'iq-search-04',
		'search',
		'en',
		'do you have fountain pens with a titanium nib?',
		[ 'Claverton' ]
	),
	q(
		'iq-search-05',
		'search',
		'de',
		'Habt ihr Füller mit Goldfeder unter 200 Pfund?',
		[ [ 'Prior Park', 'Holburne', 'Conway Stewart' ] ],
		[ 'Freshford', 'Milsom' ]
	),
	q(
		'iq-search-06',
		'search',
		'en',
		'looking for a notebook with really thin paper but lots of pages, for travelling',
		[ 'Tomoe River' ]
	),
	q(
		'iq-search-07',
		'search',
		'en',
		'something for sealing our wedding invitations?',
		[ [ 'Sealing Wax', 'Brass Seal', 'Wax Beads' ] ]
	),
	q(
		'iq-search-08',
		'search',
		'de',
		'Ich suche ein Geschenk für jemanden, der gern Briefe schreibt, so um die 70 Pfund',
		[ 'Bath Letter Writing Set' ]
	),
	q( 'iq-search-09', 'search', 'en', 'eyedropper pens?', [
		'Solsbury Hill',
	] ),
	q(
		'iq-search-10',
		'search',
		'de',
		'Gibt es ein Set zum Ausprobieren von verschiedenen Tintenfarben?',
		[ 'Sampler' ]
	),
	q(
		'iq-search-11',
		'search',
		'en',
		'what do I need to clean my fountain pens properly',
		[ [ 'Pen Flush', 'Syringe' ] ]
	),
	q( 'iq-search-12', 'search', 'en', 'shimmer inks?', [
		'Roman Bronze',
		'Assembly Rooms',
	] ),
	q(
		'iq-search-13',
		'search',
		'de',
		'Ich brauche einen Kolbenfüller mit Goldfeder',
		[ [ 'Prior Park', 'Quire No. 1', 'Swainswick', 'Royal Crescent' ] ]
	),
	q(
		'iq-search-14',
		'search',
		'en',
		'something for copperplate calligraphy, I am a complete beginner',
		[ [ 'Oblique', 'Copperplate Nib' ] ]
	),
];

export const IQ_PRODUCTS: EvalQuestion[] = [ ...SPEC, ...COMPARE, ...SEARCH ];
