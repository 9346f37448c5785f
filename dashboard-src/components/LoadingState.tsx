export interface LoadingStateProps {
	/** What is loading, read out by screen readers, e.g. "Loading organizations…". */
	label: string;
}

/**
 * A polite loading indicator.
 *
 * @param props Loading props.
 */
export function LoadingState( props: LoadingStateProps ) {
	const { label } = props;
	return (
		<p className="loading" role="status">
			<span className="spinner" aria-hidden="true" />
			{ label }
		</p>
	);
}
