import { useEffect } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { navigate, paths } from '../../router';
import { orgApi, type Impersonation } from './orgApi';
import { PendingButton } from '../../components/PendingButton';

const timeOfDay = new Intl.DateTimeFormat( undefined, {
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
} );

export interface ImpersonationBannerProps {
	impersonation: Impersonation;
	/** Called when the grant ends here (stopped) or its time is up (reload what is shown). */
	onEnded: () => void;
}

/**
 * The persistent notice while platform staff view an organization: whose dashboard, until
 * when, and a Stop button. It is a labelled region at the top of every /app page, so screen
 * reader users find it in the landmarks list; the server ends the grant at `expiresAt`.
 *
 * @param props Banner props.
 */
export function ImpersonationBanner( props: ImpersonationBannerProps ) {
	const { impersonation, onEnded } = props;
	const api = useApi();
	const stop = useAsyncAction( () =>
		orgApi.stopImpersonation( api, impersonation.organizationId )
	);

	useEffect( () => {
		const remaining = Date.parse( impersonation.expiresAt ) - Date.now();
		const timer = window.setTimeout(
			onEnded,
			Math.max( remaining + 1000, 0 )
		);
		return () => window.clearTimeout( timer );
	}, [ impersonation.expiresAt, onEnded ] );

	const handleStop = async () => {
		if ( stop.pending ) {
			return;
		}
		const result = await stop.run();
		if ( result.ok ) {
			navigate( paths.organization( impersonation.organizationId ), {
				replace: true,
			} );
			onEnded();
		}
	};

	return (
		<section
			className="impersonation-banner"
			aria-label="Viewing as platform staff"
		>
			<p>
				You are viewing{ ' ' }
				<strong>{ impersonation.organizationName }</strong> as platform
				staff — ends at{ ' ' }
				<time dateTime={ impersonation.expiresAt }>
					{ timeOfDay.format( new Date( impersonation.expiresAt ) ) }
				</time>{ ' ' }
				—{ ' ' }
				<PendingButton
					onClick={ handleStop }
					pending={ stop.pending }
					variant="secondary"
					size="small"
					pendingLabel="Stopping…"
				>
					Stop
				</PendingButton>
			</p>
			{ stop.error && (
				<ErrorAlert>Could not stop: { stop.error.message }</ErrorAlert>
			) }
		</section>
	);
}
