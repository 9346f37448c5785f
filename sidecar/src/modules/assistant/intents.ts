/**
 * What a shopper's message asks for, by plain patterns: cheap, predictable, and easy to
 * extend per language. Order matters: the first matching intent wins.
 */
export type Intent =
	| 'greeting'
	| 'thanks'
	| 'handoff'
	| 'order'
	| 'contact'
	| 'policy'
	| 'price'
	| 'availability'
	| 'products'
	| 'other';

const GREETING =
	/^\s*(hi|hello|hey|good (morning|afternoon|evening)|hiya|howdy)( there)?\b[\s!.,?]*$/i;
const THANKS =
	/^\s*(thanks?( you)?( so much| a lot)?|thx|cheers|great,? thanks?|perfect,? thanks?|ok(ay)?,? thanks?)\b[\s!.,]*$/i;
const HANDOFF =
	/\b(human|real person|live agent|an agent|an operator|representative|staff member|(talk|speak|chat) (to|with) (a |an |the |your )?(person|someone|somebody|agent|operator|staff|team|human|you|people))\b/i;
const ORDER =
	/\b(my order|order (number|no\.?|#|status)|order\s*#?\s*\d{3,}|where('?s| is) my (order|parcel|package)|track(ing)? (my )?(order|parcel|package)|has my order)\b/i;
const CONTACT =
	/\b(contact|phone( number)?|call you|e-?mail (address|you)|opening hours|open(ing)? (on|at|times)|are you open|business hours|hours|address|visit your (shop|store)|customer service|reach you|get in touch)\b/i;
const POLICY =
	/\b(ship|shipping|shipped|deliver|delivery|deliveries|return|returns|refund|refunds|exchange|privacy|personal data|terms|conditions|warranty|guarantee|payment methods?|pay with|paypal|klarna|customs|international|abroad|gift wrap)\b/i;
const PRICE =
	/\b(price|prices|cost|costs|how much|expensive|cheap(er|est)?|on sale|discount(ed)?)\b/i;
const AVAILABILITY =
	/\b(in stock|stock|available|availability|sold out|do you have .* in|left|back ?order)\b/i;
const PRODUCTS =
	/\b(recommend|suggest|looking for|show me|do you (sell|have|carry|stock)|what .* do you have|gift|need a|want a|searching for|any .*\?)\b/i;

export function detectIntent( text: string ): Intent {
	if ( GREETING.test( text ) ) {
		return 'greeting';
	}
	if ( THANKS.test( text ) ) {
		return 'thanks';
	}
	if ( HANDOFF.test( text ) ) {
		return 'handoff';
	}
	if ( ORDER.test( text ) ) {
		return 'order';
	}
	if ( PRICE.test( text ) ) {
		return 'price';
	}
	if ( AVAILABILITY.test( text ) && ! POLICY.test( text ) ) {
		return 'availability';
	}
	if ( CONTACT.test( text ) ) {
		return 'contact';
	}
	if ( POLICY.test( text ) ) {
		return 'policy';
	}
	if ( PRODUCTS.test( text ) ) {
		return 'products';
	}
	return 'other';
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

export function findEmail( text: string ): string | null {
	return EMAIL.exec( text )?.[ 0 ] ?? null;
}

/** An order number: digits after "order"/"#"/"no", or a lone 3–10 digit number. */
export function findOrderNumber( text: string ): string | null {
	const withoutEmails = text.replace( new RegExp( EMAIL.source, 'g' ), ' ' );
	const labelled =
		/(?:order|#|no\.?|number)\s*(?:number|no\.?|#)?\s*:?\s*#?(\d{3,10})\b/i.exec(
			withoutEmails
		);
	if ( labelled ) {
		return labelled[ 1 ]!;
	}
	return (
		/(?:^|\s)#?(\d{3,10})(?=\s|[.,!?]|$)/.exec( withoutEmails )?.[ 1 ] ??
		null
	);
}

/** "under €100", "below 50", "less than $30" -> the limit in major units. */
export function findPriceLimit( text: string ): number | null {
	const match =
		/\b(?:under|below|less than|cheaper than|max(?:imum)?|up to)\s*[€$£]?\s*(\d+(?:[.,]\d{1,2})?)/i.exec(
			text
		);
	return match ? Number( match[ 1 ]!.replace( ',', '.' ) ) : null;
}

/** Whether the shopper points at the product on the page ("this", "it"). */
export function refersToPage( text: string ): boolean {
	return /\b(this|it|that one|this one|this item|this product)\b/i.test(
		text
	);
}
