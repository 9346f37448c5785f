import { ErrorAlert } from './ErrorAlert';
import { LoadingState } from './LoadingState';

export interface ResourceStatusProps {
	/** A resource as the resource hooks (or the live cards) return it. */
	resource: {
		data: unknown;
		error?: { message: string } | null;
		retry: () => void;
	};

	/** What the alert says before the error's message, e.g. "Could not load members"; without it, the message alone. */
	failure?: string;
	/** What is loading, e.g. "Loading members…". */
	loading: string;
}

/**
 * What a screen shows of a resource besides its data: the load error with "Try again"
 * (also over data kept from an earlier load), else a loading indicator until the first
 * data arrives, else nothing. The screen renders the data itself.
 *
 * @param props Status props.
 */
export function ResourceStatus( props: ResourceStatusProps ) {
	const { resource, failure, loading } = props;
	if ( resource.error ) {
		return (
			<ErrorAlert onRetry={ resource.retry }>
				{ failure && `${ failure }: ` }
				{ resource.error.message }
			</ErrorAlert>
		);
	}
	return resource.data ? null : <LoadingState label={ loading } />;
}
