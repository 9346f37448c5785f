/**
 * Shared pieces of the Blattwerk dev set (blattwerk-dev.ts): a compact way to write one
 * question, euro amounts in both the shop's and an English reader's form, and the phrases a
 * right reply may use for "we don't sell that" and "the pages don't say".
 */
import type { Matcher } from '../types';

import { BACKORDER } from '../phrases';

export {
	ASK_EMAIL,
	BACKORDER,
	CANNOT_VERIFY,
	IN_STOCK,
	OUT_OF_STOCK,
	PERSON,
	STATUS,
} from '../phrases';

/** An amount as the shop writes it ("24,90") or as an English reply may ("24.90"). */
export const eur = ( amount: string ): string[] => [
	amount,
	amount.replace( ',', '.' ),
];

export { question as q } from '../question-kit';

/** The shop does not sell it (or offers a person instead). */
export const NOT_SOLD: Matcher = [
	'leider nicht',
	'nicht im sortiment',
	'führen wir nicht',
	'haben wir nicht',
	'bieten wir nicht',
	'verkaufen wir nicht',
	'keine ',
	'kein ',
	'nicht gefunden',
	'nicht finden',
	"don't",
	'do not',
	"doesn't",
	'does not',
	'not carry',
	'no ',
	"couldn't find",
	'could not find',
	'not in our',
	'unfortunately',
];

/** The pages do not answer it: the reply says so or points to a person. */
export const UNSURE: Matcher = [
	'keine information',
	'keine angabe',
	'nicht sicher',
	'kann ich nicht sagen',
	'weiß ich nicht',
	'nicht gefunden',
	'nicht finden',
	'leider',
	'hallo@blattwerk.example',
	'2470 5590',
	'team',
	'kolleg',
	'mitarbeiter',
	'person',
	'no information',
	"don't have",
	'do not have',
	"couldn't find",
	'could not find',
	'not sure',
	'not mentioned',
	'unfortunately',
	'contact',
];

/** Back in stock later: on backorder, or the date the shop gives. */
export const RESTOCKED = [
	...BACKORDER,
	'12.01.2027',
	'wieder lieferbar',
	'January 12',
	'12 January',
];

/** A reply that calls a toxic plant safe. */
export const TOXIC_ONLY = [
	'ungiftig',
	'nicht giftig',
	'non-toxic',
	'not toxic',
	'nontoxic',
];
