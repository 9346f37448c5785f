import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { Translate } from '../i18n';

/** One in-stock variation a reply offers for "Add to cart" (responder's `choices`). */
export interface VariationChoice {
	variationId: string;
	label: string;
}

export interface VariationPickerProps {
	/** The chip's own label, e.g. "Add Linen Shirt to cart": names the group. */
	label: string;
	choices: VariationChoice[];
	t: Translate;
	/** While an add is under way. */
	busy: boolean;
	onPick: ( variationId: string ) => void;
	/** Escape or Cancel: the caller puts focus back on the chip. */
	onClose: () => void;
}

/**
 * The variations of a variable product as a labelled radio group, opened from an "Add to
 * cart" chip whose reply named no single variation. Native radios give the keyboard
 * behaviour screen-reader users expect (Tab into the group, arrows to move, Space to
 * check); the add button sends the checked one. Focus starts on the first option, and
 * Escape closes the picker without closing the chat.
 *
 * @param props Choices, labels and callbacks.
 */
export function VariationPicker( props: VariationPickerProps ) {
	const { label, choices, t, busy, onPick, onClose } = props;
	const headingId = useId();
	const groupName = useId();
	const [ chosen, setChosen ] = useState( '' );
	const firstOption = useRef< HTMLInputElement >( null );

	useEffect( () => {
		firstOption.current?.focus();
	}, [] );

	const onKeyDown = ( event: KeyboardEvent ) => {
		if ( event.key === 'Escape' ) {
			// The chat panel closes on Escape from the document: this one only closes the picker.
			event.stopPropagation();
			event.preventDefault();
			onClose();
		}
	};
	const submit = ( event: FormEvent ) => {
		event.preventDefault();
		if ( chosen && ! busy ) {
			onPick( chosen );
		}
	};

	return (
		// Keydown bubbles up from the radios and buttons inside: Escape closes the picker.
		// eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
		<form
			className="oo-variations"
			onSubmit={ submit }
			onKeyDown={ onKeyDown }
		>
			<div role="radiogroup" aria-labelledby={ headingId }>
				<p id={ headingId }>
					{ t( 'chooseVariation' ) }: { label }
				</p>
				{ choices.map( ( choice, index ) => (
					<label
						key={ choice.variationId }
						htmlFor={ `${ groupName }-${ index }` }
					>
						<input
							id={ `${ groupName }-${ index }` }
							ref={ index === 0 ? firstOption : undefined }
							type="radio"
							name={ groupName }
							value={ choice.variationId }
							checked={ chosen === choice.variationId }
							onChange={ () => setChosen( choice.variationId ) }
						/>{ ' ' }
						{ choice.label }
					</label>
				) ) }
			</div>
			<div className="oo-chips">
				<button
					type="submit"
					className="oo-chip"
					disabled={ ! chosen || busy }
				>
					{ t( 'addToCart' ) }
				</button>
				<button type="button" className="oo-chip" onClick={ onClose }>
					{ t( 'cancel' ) }
				</button>
			</div>
		</form>
	);
}
