import { useEffect, useRef, type ReactNode } from 'react';

export interface PageProps {
	/** The page's h1, also used for the document title. */
	title: string;
	/** Shown above the heading, e.g. a breadcrumb. */
	before?: ReactNode;
	/** A short line under the heading. */
	description?: ReactNode;
	children?: ReactNode;
}

/**
 * A screen's heading and body. The h1 takes focus when the screen mounts, so after a
 * client-side navigation keyboard and screen-reader users start at the new page's
 * title rather than at the link they just used (screens are keyed by path in `App`).
 *
 * @param props Page props.
 */
export function Page( props: PageProps ) {
	const { title, before, description, children } = props;
	const headingRef = useRef< HTMLHeadingElement >( null );

	useEffect( () => {
		headingRef.current?.focus();
	}, [] );

	useEffect( () => {
		document.title = `${ title } · OmniOps`;
	}, [ title ] );

	return (
		<>
			<div className="page-header">
				{ before }
				<h1 ref={ headingRef } tabIndex={ -1 }>
					{ title }
				</h1>
				{ description && (
					<p className="page-description">{ description }</p>
				) }
			</div>
			{ children }
		</>
	);
}
