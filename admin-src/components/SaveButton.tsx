import { Button } from '@wordpress/components';
import type { ReactNode } from 'react';

/**
 * A panel's primary save button: busy and disabled while the save runs, still reachable
 * by keyboard and screen readers then.
 *
 * @param props          Button props.
 * @param props.saving   Whether the save runs.
 * @param props.onSave   Starts the save.
 * @param props.children The label.
 */
export function SaveButton( props: {
	saving: boolean;
	onSave: () => void;
	children: ReactNode;
} ) {
	return (
		<p>
			<Button
				__next40pxDefaultSize
				variant="primary"
				onClick={ props.onSave }
				isBusy={ props.saving }
				disabled={ props.saving }
				accessibleWhenDisabled
			>
				{ props.children }
			</Button>
		</p>
	);
}
