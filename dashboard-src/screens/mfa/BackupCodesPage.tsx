import { Page } from '../../components/Page';

interface BackupCodesPageProps {
	codes: string[];
	/** What the codes stand in for: "your authenticator", "your phone". */
	factorName: string;
	onContinue: () => void;
}

/** Shown once after enrolling a second factor: the codes are never shown again. */
export function BackupCodesPage( {
	codes,
	factorName,
	onContinue,
}: BackupCodesPageProps ) {
	return (
		<Page
			title="Save your backup codes"
			description={ `Each code signs you in once if you lose ${ factorName }. Store them somewhere safe: they are not shown again.` }
		>
			<ul className="backup-codes" aria-label="Backup codes">
				{ codes.map( ( backupCode ) => (
					<li key={ backupCode }>
						<code>{ backupCode }</code>
					</li>
				) ) }
			</ul>
			<button
				type="button"
				className="button button-primary"
				onClick={ onContinue }
			>
				I have saved my backup codes
			</button>
		</Page>
	);
}
