/**
 * Spielwerk dev set: orders (status, tracking, refunds, backorders, shipping paid, a wrong
 * e-mail, a missing e-mail; never the internal note) and contact (address, phone, e-mail,
 * opening hours, holidays, parking, access). Written blind from
 * tests/doubles/woocommerce/spielwerk*.ts.
 */
import {
	ASK_EMAIL,
	CANNOT_VERIFY,
	chf,
	date,
	found,
	INTERNAL,
	numberedQuestions,
	orderSafe,
} from './spielwerk-kit';

const { questions, q } = numberedQuestions( 'sw-c' );

// Orders
q(
	'order',
	'de',
	'Wo ist meine Bestellung 1? nina.meier@bluewin.ch',
	[ '99.60.104218.40000001' ],
	orderSafe()
);
q(
	'order',
	'en',
	'order #5, emily.clarke@gmail.com - when will it ship?',
	[ date( 15, 'jan' ) ],
	orderSafe()
);
q(
	'order',
	'de',
	'Status von Bestellung 3 bitte, sophie.laurent@sunrise.ch',
	[
		/überweisung|zahlung|zahlungseingang|payment|wartestellung|on.hold|zurückgestellt|warten/,
		/6\s?(–|-|bis)\s?8 wochen/,
	],
	orderSafe()
);
q(
	'order',
	'en',
	"Hi, I'm Daniel Schmid, order 7, email daniel.schmid@outlook.com. what's the tracking number?",
	[ /rr\s?447109207\s?ch/ ],
	orderSafe()
);
q(
	'order',
	'de',
	'Bestellung Nr. 6 – reto.huber@hispeed.ch – habt ihr mir das Geld zurückbezahlt?',
	[
		/erstattet|zurückerstattet|gutgeschrieben|zurückbezahlt|rückerstattung|refund/,
		chf( 40.9 ),
	],
	orderSafe()
);
q(
	'order',
	'de',
	'Hallo, Bestellung 11, Mail jan.mueller@bluewin.ch. Wann kommt der Kaufladen?',
	[ date( 5, 'feb' ) ],
	orderSafe()
);
q(
	'order',
	'en',
	"where's my order 9? thomas.keller@gmail.com",
	[ /velo|courier|bike|bicycle/, /16.{0,20}18/ ],
	orderSafe()
);
q(
	'order',
	'de',
	'Bestellung 8, lea.graf@bluewin.ch – was ist damit los?',
	[ /storniert|annulliert|cancel/ ],
	orderSafe()
);
q(
	'order',
	'en',
	"What's the status of order 12 (chiara.rossi@ticino.com)?",
	[
		/pending|not (yet )?(been )?(completed|paid|complete|finished|gone through)|awaiting payment|waiting for (your )?payment|payment.{0,50}(not|incomplete|outstanding|pending)|ausstehend/,
	],
	orderSafe()
);
q(
	'order',
	'de',
	'meine bestellung 2 – lukas.frei@gmx.ch – wann wird die verschickt?',
	[ /morgen/ ],
	orderSafe()
);
q(
	'order',
	'en',
	'order 14 sandra.zimmermann@gmx.ch did my voucher get sent?',
	[ /pdf/, /e-?mail/ ],
	orderSafe()
);
q(
	'order',
	'de',
	'Wie viel hab ich bei Bestellung 15 für den Versand bezahlt? E-Mail peter.steiner@bluewin.ch',
	[ chf( 11.5 ) ],
	orderSafe()
);
q(
	'order',
	'en',
	'Can you tell me the status of order 4? My email is marco@bluewin.ch',
	[ CANNOT_VERIFY ],
	[
		...INTERNAL,
		/abgeholt|picked up|18\. november|november 18|jasstafel|jasskarten/,
	]
);
q(
	'order',
	'de',
	'Wo ist meine Bestellung 13?',
	[ ASK_EMAIL ],
	[
		...INTERNAL,
		/abgeschlossen|completed|99\.60|return to helvetia|lost valley/,
	]
);
q(
	'order',
	'en',
	'order 16 laura.fischer@icloud.com - did you refund me? how much?',
	[ /refund|erstattet|reimburs/, chf( 78.4 ) ],
	orderSafe()
);
q(
	'order',
	'de',
	'Guten Tag, Bestellung 17, oliver.baumann@sunrise.ch: Wann muss ich am Workshop sein?',
	[ /13[:.]15/ ],
	orderSafe()
);
q(
	'order',
	'en',
	'Could you check order no. 18 — isabelle.dubois@bluewin.ch — has it shipped?',
	[ '99.60.104218.40000018' ],
	orderSafe()
);
q(
	'order',
	'de',
	'Bestellung 10, anna.weber@yahoo.de, was habe ich für den Versand bezahlt?',
	[ chf( 24.9 ) ],
	orderSafe()
);

// Contact
q( 'contact', 'de', 'Wie sind eure Öffnungszeiten am Samstag?', [
	/9(:00|\.00)?\s*(–|-|bis)\s*17/,
] );
q( 'contact', 'en', "What's your phone number?", [ /52 212 48 30|522124830/ ] );
q( 'contact', 'de', 'Wo ist euer Laden?', [ /obergasse 17/, /winterthur/ ] );
q( 'contact', 'en', 'are you open on the 26th of December?', [
	/closed|geschlossen|not open/,
] );
q( 'contact', 'de', 'Hend ihr am Berchtoldstag offe?', [
	/geschlossen|nicht geöffnet|nicht offen|zu\b|closed/,
] );
q( 'contact', 'de', 'Kann man bei euch irgendwo parkieren?', [
	/parkhaus altstadt/,
] );
q( 'contact', 'en', 'are you open late on thursdays', [
	/20[:.]00|8 ?pm|20 uhr/,
] );
q( 'contact', 'de', 'Wie lautet eure E-Mail-Adresse?', [
	'hallo@spielwerk.example',
] );
q(
	'contact',
	'de',
	'Habt ihr am 24. Dezember offen?',
	[ /9(:00|\.00)?\s*(–|-|bis)\s*16/ ],
	found( /geschlossen/ )
);
q( 'contact', 'en', 'Is the shop wheelchair accessible?', [
	/wheelchair|rollstuhl|accessible/,
] );

export const SERVICE = questions;
