import { __ } from '@wordpress/i18n';

import type { WidgetSettings } from '../appearanceApi';

// White or near-black text, whichever reads better on the brand colour (WCAG luminance).
function textOn( color: string ): string {
	if ( ! /^#[0-9a-f]{6}$/i.test( color ) ) {
		return '#fff';
	}
	const [ r, g, b ] = [ 1, 3, 5 ].map( ( start ) => {
		const channel = parseInt( color.slice( start, start + 2 ), 16 ) / 255;
		return channel <= 0.03928
			? channel / 12.92
			: ( ( channel + 0.055 ) / 1.055 ) ** 2.4;
	} ) as [ number, number, number ];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179 ? '#1e1e1e' : '#fff';
}

/**
 * A live preview of the launcher and the open panel, drawn from the unsaved settings.
 * Everything is text in React elements: what the owner types cannot become markup.
 *
 * @param props          The settings being edited.
 * @param props.settings The settings being edited.
 */
export function WidgetPreview( { settings }: { settings: WidgetSettings } ) {
	const color = /^#[0-9a-f]{6}$/i.test( settings.primaryColor )
		? settings.primaryColor
		: '#2563eb';
	const onColor = textOn( color );
	const side = settings.position === 'left' ? 'flex-start' : 'flex-end';
	const avatar = /^https?:\/\//i.test( settings.avatarUrl )
		? settings.avatarUrl
		: '';
	return (
		<figure
			style={ { flex: '0 0 320px', margin: 0 } }
			aria-label={ __( 'Live preview', 'omniops' ) }
			data-testid="omniops-preview"
		>
			<figcaption style={ { marginBottom: 8, fontWeight: 600 } }>
				{ __( 'Live preview', 'omniops' ) }
			</figcaption>
			<div
				style={ {
					display: 'flex',
					flexDirection: 'column',
					alignItems: side,
					gap: 12,
					padding: 16,
					background: '#f0f0f1',
					borderRadius: 8,
				} }
			>
				<div
					style={ {
						width: 280,
						borderRadius: 14,
						overflow: 'hidden',
						background: '#f6f7f9',
						boxShadow: '0 8px 24px rgba(0,0,0,.2)',
					} }
				>
					<div
						data-testid="omniops-preview-header"
						style={ {
							display: 'flex',
							alignItems: 'center',
							gap: 8,
							padding: '12px 14px',
							background: color,
							color: onColor,
							fontWeight: 600,
						} }
					>
						{ avatar && (
							<img
								src={ avatar }
								alt=""
								width={ 28 }
								height={ 28 }
								style={ { borderRadius: '50%' } }
							/>
						) }
						<span>{ settings.brandName }</span>
					</div>
					<p
						style={ {
							margin: 12,
							padding: '8px 12px',
							background: '#fff',
							border: '1px solid #e2e4e7',
							borderRadius: 14,
							whiteSpace: 'pre-wrap',
						} }
					>
						{ settings.welcomeMessage }
					</p>
					{ settings.consentRequired && (
						<p
							style={ {
								margin: 12,
								fontSize: 12,
								color: '#50575e',
							} }
						>
							{ __(
								'Shoppers are asked for consent first.',
								'omniops'
							) }
						</p>
					) }
				</div>
				<span
					data-testid="omniops-preview-launcher"
					data-icon={ settings.launcherIcon }
					style={ {
						width: 48,
						height: 48,
						borderRadius: '50%',
						background: color,
						color: onColor,
						display: 'grid',
						placeItems: 'center',
						fontSize: 20,
					} }
					aria-hidden="true"
				>
					{ { chat: '💬', help: '?', sparkle: '✦' }[
						settings.launcherIcon
					] ?? '💬' }
				</span>
			</div>
		</figure>
	);
}
