import type { ReactNode } from 'react';

/**
 * A titled part of a page: a `<section>` named by its `<h2>` (so it is a landmark screen
 * readers list by that name).
 *
 * @param props          Section props.
 * @param props.id       The heading's id.
 * @param props.title    The heading.
 * @param props.variant  `section` (the default) or `card` (a boxed form).
 * @param props.children The section's content.
 */
export function Section( props: {
	id: string;
	title: ReactNode;
	variant?: 'section' | 'card';
	children: ReactNode;
} ) {
	return (
		<section
			className={ props.variant ?? 'section' }
			aria-labelledby={ props.id }
		>
			<h2 id={ props.id }>{ props.title }</h2>
			{ props.children }
		</section>
	);
}
