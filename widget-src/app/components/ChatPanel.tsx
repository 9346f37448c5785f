import type { KeyboardEvent, ReactNode } from 'react';

export interface ChatPanelProps {
	brandName: string;
	/** Absent when there is no host page to close us (frame opened on its own). */
	onClose?: () => void;
	children: ReactNode;
}

/**
 * The chat window: a header with the brand name and a close button, then the content.
 * Escape closes it too; the loader handles Escape on the shop page, this covers the
 * keystrokes that land inside the frame.
 *
 * @param props Brand name, close handler, content.
 */
export function ChatPanel( props: ChatPanelProps ) {
	const { brandName, onClose, children } = props;
	const onKeyDown = ( event: KeyboardEvent ) => {
		if ( event.key === 'Escape' && onClose ) {
			event.preventDefault();
			onClose();
		}
	};
	return (
		// eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape anywhere in the dialog closes it.
		<div
			className="oo-panel"
			role="dialog"
			aria-label={ brandName }
			onKeyDown={ onKeyDown }
		>
			<header className="oo-header">
				<h1 className="oo-title">{ brandName }</h1>
				{ onClose && (
					<button
						type="button"
						className="oo-close"
						aria-label="Close chat"
						onClick={ onClose }
					>
						<svg
							width="20"
							height="20"
							viewBox="0 0 24 24"
							aria-hidden="true"
							focusable="false"
						>
							<path
								fill="none"
								stroke="currentColor"
								strokeWidth="2"
								strokeLinecap="round"
								d="M6 6l12 12M18 6 6 18"
							/>
						</svg>
					</button>
				) }
			</header>
			{ children }
		</div>
	);
}
