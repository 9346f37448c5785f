import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';

export interface PendingButtonProps extends Omit<
	ButtonHTMLAttributes< HTMLButtonElement >,
	'className' | 'aria-disabled'
> {
	/** A request of this button is under way: it is marked disabled (still focusable). */
	pending: boolean;
	/** The text while `pending` (the children when omitted). */
	pendingLabel?: ReactNode;
	/** `primary` (the default) or `secondary`. */
	variant?: 'primary' | 'secondary';
	/** `small` in rows and tables, `block` for the full width of the sign-in forms. */
	size?: 'small' | 'block';
}

/**
 * The dashboard's button for a request: styled as a primary or secondary button, marked
 * `aria-disabled` while its request runs (so it keeps focus and is announced, unlike
 * `disabled`), and showing the pending text meanwhile. Without `onClick` it submits its
 * form; with one it is a plain button.
 */
export const PendingButton = forwardRef<
	HTMLButtonElement,
	PendingButtonProps
>( function PendingButtonWithRef( props, ref ) {
	const {
		pending,
		pendingLabel,
		variant = 'primary',
		size,
		type = props.onClick ? 'button' : 'submit',
		children,
		...buttonProps
	} = props;
	const className = [
		'button',
		`button-${ variant }`,
		size && `button-${ size }`,
	]
		.filter( Boolean )
		.join( ' ' );
	return (
		<button
			{ ...buttonProps }
			ref={ ref }
			type={ type }
			className={ className }
			aria-disabled={ pending || undefined }
		>
			{ pending && pendingLabel !== undefined ? pendingLabel : children }
		</button>
	);
} );
