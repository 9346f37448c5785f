import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ChatPanelProps {
	brandName: string;
	/** A web URL of the assistant's picture, or empty. */
	avatarUrl?: string;
	closeLabel: string;
	/** Absent when there is no host page to close us (frame opened on its own). */
	onClose?: () => void;
	/** Extra header buttons (privacy). */
	actions?: ReactNode;
	children: ReactNode;
}

const FOCUSABLE =
	'a[href],button:not([disabled]),textarea:not([disabled]),input:not([disabled]),select:not([disabled]),[tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab inside the dialog: from the last control to the first and
 * back, so keyboard focus never wanders out of the open chat into the page behind.
 *
 * @param event The keydown event on the dialog.
 */
function trapFocus( event: KeyboardEvent< HTMLDivElement > ) {
	const controls = Array.from(
		event.currentTarget.querySelectorAll< HTMLElement >( FOCUSABLE )
	);
	const first = controls[ 0 ];
	const last = controls[ controls.length - 1 ];
	const active = event.currentTarget.ownerDocument.activeElement;
	if ( ! first || ! last ) {
		return;
	}
	if (
		event.shiftKey &&
		( active === first || ! event.currentTarget.contains( active ) )
	) {
		event.preventDefault();
		last.focus();
	} else if ( ! event.shiftKey && active === last ) {
		event.preventDefault();
		first.focus();
	}
}

// Avatars come from the shop's config: only web URLs become images.
const isWebUrl = ( url?: string ) => !! url && /^https?:\/\//i.test( url );

/**
 * The chat window: a header with avatar, brand name, extra actions and a close button,
 * then the content. Escape closes it (the loader moves focus back to the launcher).
 *
 * @param props Brand, avatar, labels, close handler, actions and content.
 */
export function ChatPanel( props: ChatPanelProps ) {
	const { brandName, avatarUrl, closeLabel, onClose, actions, children } =
		props;
	const closeRef = useRef( onClose );
	closeRef.current = onClose;
	// Escape anywhere in the frame closes the chat, also when focus sits on the page body
	// (after a button that disabled itself); the loader handles it on the shop page.
	useEffect( () => {
		const onEscape = ( event: globalThis.KeyboardEvent ) => {
			if ( event.key === 'Escape' && closeRef.current ) {
				event.preventDefault();
				closeRef.current();
			}
		};
		document.addEventListener( 'keydown', onEscape );
		return () => document.removeEventListener( 'keydown', onEscape );
	}, [] );
	const onKeyDown = ( event: KeyboardEvent< HTMLDivElement > ) => {
		if ( event.key === 'Tab' ) {
			trapFocus( event );
		}
	};
	return (
		// eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Tab is kept inside the whole dialog.
		<div
			className="oo-panel"
			role="dialog"
			aria-modal="true"
			aria-labelledby="oo-title"
			onKeyDown={ onKeyDown }
		>
			<header className="oo-header">
				{ isWebUrl( avatarUrl ) && (
					<img className="oo-avatar" src={ avatarUrl } alt="" />
				) }
				<h1 className="oo-title" id="oo-title">
					{ brandName }
				</h1>
				{ actions }
				{ onClose && (
					<button
						type="button"
						className="oo-close"
						aria-label={ closeLabel }
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
