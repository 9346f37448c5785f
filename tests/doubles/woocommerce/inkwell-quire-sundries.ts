/**
 * Inkwell & Quire's small ranges (writing paper, pencils and rollerballs, pen care and desk
 * things, sealing wax, calligraphy), for inkwell-quire.ts, each written out in full as the
 * shop's price list reads: a line "SKU code | category | tags", the range's introduction, its
 * asides (one is drawn per product, separated by " / "), then one product a line: name |
 * price band in pounds | specs as "name: value" separated by "; ". Only the prices and stock
 * are drawn.
 */
import type { Range } from './inkwell-quire-range';
import type { Spec } from './shop-kit';

/** A range from its price list. */
function written( list: string ): Range {
	const [ head, intro, asides, ...lines ] = list.trim().split( '\n' );
	const [ code, category, tags ] = head!.split( ' | ' );
	const rows = lines.map( ( line ) => {
		const [ name, band, specs ] = line.split( ' | ' );
		const [ low, high ] = band!.split( '-' ).map( Number );
		const pairs = specs!.split( '; ' ).map( ( pair ): Spec => {
			const at = pair.indexOf( ': ' );
			return [ pair.slice( 0, at ), pair.slice( at + 2 ) ];
		} );
		return {
			name: name!,
			band: [ low!, high! ] as [ number, number ],
			pairs,
		};
	} );
	const find = ( name: string ) => rows.find( ( row ) => row.name === name )!;
	return {
		code: code!,
		category: category!,
		tags: tags!.split( ', ' ),
		names: rows.map( ( row ) => row.name ),
		pounds: ( _r, name ) => find( name ).band,
		intro: intro!,
		draw: ( _r, name ) => find( name ).pairs,
		asides: asides!.split( ' / ' ),
	};
}

export const PAPER = written( `
WP | Writing Paper | paper, letter writing
Writing paper for letters, sized for standard UK envelopes.
Made in a family paper mill that has worked since 1806. / Packed flat between card so the sheets arrive without a crease.
Crescent Laid Letter Pad A4 | 9-12 | Paper weight: 100 gsm; Sheets: 50; Size: 210 × 297 mm (8.27 × 11.69 in); Colour: White
Crescent Laid Letter Pad A5 | 7-9 | Paper weight: 100 gsm; Sheets: 50; Size: 148 × 210 mm (5.83 × 8.27 in); Colour: Ivory
Circus Wove Envelopes C5 (25) | 9-12 | Paper weight: 120 gsm; Size: 162 × 229 mm (6.38 × 9.02 in); Closure: Gummed flap
Circus Wove Envelopes DL (25) | 7-10 | Paper weight: 120 gsm; Size: 110 × 220 mm (4.33 × 8.66 in); Closure: Gummed flap
Pulteney Correspondence Cards (20) | 11-15 | Paper weight: 350 gsm; Size: 105 × 148 mm (4.13 × 5.83 in); Envelopes: C6, included
Deckle Edge Writing Sheets (50) | 18-24 | Paper weight: 150 gsm; Size: 148 × 210 mm (5.83 × 8.27 in); Edge: Hand-torn deckle
Airmail Letter Paper (100 sheets) | 8-11 | Paper weight: 45 gsm; Size: 210 × 297 mm (8.27 × 11.69 in); Colour: Pale blue
Cotton Rag Letter Paper (25 sheets) | 16-22 | Paper weight: 120 gsm; Size: 210 × 297 mm (8.27 × 11.69 in); Fibre: 100% cotton
Tomoe River Loose Sheets A5 (100) | 14-18 | Paper weight: 52 gsm; Size: 148 × 210 mm (5.83 × 8.27 in); Made in: Japan
Lined Guide Sheet A4 | 3-4 | Line spacing: 8 mm; Size: 210 × 297 mm (8.27 × 11.69 in); Material: Card, 300 gsm
` );

export const PENCILS = written( `
PC | Pencils & Rollerballs | pencil, rollerball
A pen or pencil for the days when a fountain pen is not practical.
Gift-boxed, with a spare refill. / Machined in Germany for us.
Lansdown Mechanical Pencil | 38-48 | Lead: 0.5 mm; Length: 142 mm (5.59 in); Body material: Brass
Lansdown Rollerball | 42-55 | Refill: Schmidt 888, 0.6 mm; Length: 139 mm (5.47 in); Body material: Brass
Walcot Graphite Pencils (12) | 8-11 | Grades: HB (12); Length: 175 mm (6.89 in); Wood: Incense cedar
Avon Drafting Pencil | 18-26 | Lead: 0.7 mm; Length: 146 mm (5.75 in); Body material: Aluminium
Widcombe Ballpoint | 22-28 | Refill: Parker-style G2, medium; Length: 136 mm (5.35 in); Body material: Acrylic resin
Kingsmead Rollerball | 52-64 | Refill: Schmidt 888, 0.6 mm; Length: 141 mm (5.55 in); Body material: Brass
Somerset Cedar Pencils (6) | 7-9 | Grades: 2H, H, HB, B, 2B, 4B; Length: 175 mm (6.89 in); Wood: Cedar
Quire Pencil Extender | 11-14 | Fits: Pencils 7 to 8 mm across; Length: 120 mm (4.72 in); Body material: Brass
` );

export const CARE = written( `
PK | Pen Care & Desk | accessories, desk
Something to keep pens clean, safe and ready on the desk.
Made for us by a workshop in the Cotswolds. / Chosen after two years of daily use at the shop counter.
Pen Flush 100 ml | 8-10 | Volume: 100 ml; Contains: Water, mild detergent, no ammonia
Standard International Converter | 4-6 | Capacity: 0.75 ml; Fits: Pens taking standard international cartridges
Blunt Ink Syringe (2 pack) | 3-5 | Volume: 5 ml each; Needle: Blunt-tipped, 40 mm
Cotton Blotting Paper (10 sheets) | 6-9 | Paper weight: 250 gsm; Size: 297 × 420 mm (11.69 × 16.54 in)
Single Pen Leather Sleeve | 18-26 | Material: Full-grain leather; Fits: Pens up to 150 mm long
Three Pen Leather Case | 48-65 | Material: Full-grain leather; Holds: 3 pens; Size: 180 × 95 mm (7.09 × 3.74 in)
Twelve Pen Zip Case | 55-72 | Material: Waxed canvas, wool felt lining; Holds: 12 pens; Size: 260 × 190 mm (10.24 × 7.48 in)
Walnut Pen Stand | 32-42 | Material: English walnut; Holds: 5 pens
Brass Inkwell | 30-38 | Material: Solid brass, glass liner; Capacity: 40 ml
Felt Desk Pad | 24-30 | Material: Wool felt, 4 mm; Size: 600 × 300 mm (23.62 × 11.81 in)
Nib Smoothing Micro-Mesh Kit | 9-13 | Grits: 8000 and 12000; Contents: 2 pads, instructions
Ink Sample Vials (10 empty) | 5-8 | Volume: 5 ml each; Material: Glass, screw caps
` );

export const WAX = written( `
SW | Sealing Wax & Seals | sealing wax, letter writing
For sealing letters and invitations the old way.
The wax is flexible enough to go through the post. / Not suitable for children under 12.
Sealing Wax Sticks, Oxblood (3) | 7-9 | Seals per stick: about 10; Wick: Yes
Sealing Wax Sticks, Bottle Green (3) | 7-9 | Seals per stick: about 10; Wick: Yes
Sealing Wax Sticks, Gold (3) | 9-12 | Seals per stick: about 8; Wick: Yes
Glue Gun Wax Beads, Navy (50 g) | 8-10 | Seals per pack: about 60; Needs: A mini glue gun (not included)
Brass Seal, Bath Abbey | 24-30 | Seal diameter: 25 mm (0.98 in); Handle: Walnut
Brass Seal, Quill | 22-28 | Seal diameter: 20 mm (0.79 in); Handle: Beech
Brass Seal, Honeybee | 22-28 | Seal diameter: 20 mm (0.79 in); Handle: Beech
Wax Melting Spoon | 9-12 | Material: Brass bowl, wooden handle; Length: 160 mm (6.30 in)
` );

export const CALLIGRAPHY = written( `
CA | Calligraphy | calligraphy, dip pen
Calligraphy tools for copperplate, italic and pointed-pen lettering.
We run a monthly beginners’ class that uses this kit. / Recommended by the Bath Lettering Guild.
Oblique Pen Holder, Pearwood | 24-32 | For: Copperplate (right-handed); Fits nibs: Nikko G, Leonardt, Gillott
Straight Pen Holder, Beech | 6-9 | For: Italic and left-handers; Fits nibs: Nikko G, Leonardt, Mitchell
Copperplate Nib Assortment (6) | 11-14 | Nibs: Nikko G (2), Leonardt Principal (2), Gillott 303 (2)
Italic Dip Nib Set (5 widths) | 12-16 | Widths: 1.0, 1.5, 2.0, 2.5 and 3.0 mm; With reservoirs: Yes
Gum Arabic 30 ml | 5-7 | Volume: 30 ml; Use: Thickens ink for hairlines
Walnut Ink Crystals 50 g | 9-12 | Weight: 50 g; Makes: about 500 ml of ink
Calligraphy Practice Pad A4 (50 sheets) | 9-12 | Paper weight: 90 gsm; Guidelines: Printed, slant 55°
` );
