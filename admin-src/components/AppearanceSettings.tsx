import {
	SelectControl,
	Spinner,
	TextControl,
	TextareaControl,
	ToggleControl,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { errorMessage } from '../api';
import {
	loadWidgetSettings,
	saveWidgetSettings,
	type WidgetSettings,
} from '../appearanceApi';
import { LoadErrorNotice, StatusNotice } from './Notices';
import { useSaving } from '../useSaving';
import { SaveButton } from './SaveButton';
import { WidgetPreview } from './WidgetPreview';

type Range = WidgetSettings[ 'retention' ];

/**
 * Appearance, language and privacy of the storefront chat, with a live preview that
 * follows every keystroke. Saved settings reach the shop's pages without a rebuild: the
 * frame loads them from the sidecar, the loader from the copy the plugin keeps.
 */
export function AppearanceSettings() {
	const [ settings, setSettings ] = useState< WidgetSettings | null >( null );
	const [ loadError, setLoadError ] = useState< string | null >( null );
	const { saving, message, setMessage, save: saveWith } = useSaving();

	const load = () => {
		setLoadError( null );
		loadWidgetSettings()
			.then( setSettings )
			.catch( ( error: unknown ) =>
				setLoadError( errorMessage( error ) )
			);
	};
	useEffect( load, [] );

	if ( loadError ) {
		return <LoadErrorNotice error={ loadError } onRetry={ load } />;
	}
	if ( ! settings ) {
		return <Spinner />;
	}

	const change = ( patch: Partial< WidgetSettings > ) => {
		setSettings( { ...settings, ...patch } );
		setMessage( null );
	};
	const changeRange = ( field: keyof Range, value: string ) =>
		change( {
			retention: { ...settings.retention, [ field ]: Number( value ) },
		} );

	const save = () =>
		saveWith(
			() => saveWidgetSettings( settings ),
			setSettings,
			__(
				'Saved. Shoppers see the new look on their next page view.',
				'omniops'
			)
		);

	return (
		<section
			aria-labelledby="omniops-appearance-title"
			style={ { marginTop: 24, borderTop: '1px solid #ddd' } }
		>
			<h2 id="omniops-appearance-title">
				{ __( 'Chat appearance and privacy', 'omniops' ) }
			</h2>
			<div>
				<StatusNotice
					message={ message }
					onDismiss={ () => setMessage( null ) }
				/>
				<div
					style={ {
						display: 'flex',
						gap: 32,
						flexWrap: 'wrap',
						alignItems: 'flex-start',
					} }
				>
					<div style={ { flex: '1 1 360px', maxWidth: 460 } }>
						<TextControl
							__nextHasNoMarginBottom
							__next40pxDefaultSize
							label={ __( 'Brand name', 'omniops' ) }
							value={ settings.brandName }
							onChange={ ( brandName ) =>
								change( { brandName } )
							}
						/>
						<TextareaControl
							__nextHasNoMarginBottom
							label={ __( 'Welcome message', 'omniops' ) }
							value={ settings.welcomeMessage }
							onChange={ ( welcomeMessage ) =>
								change( { welcomeMessage } )
							}
						/>
						<p>
							<label htmlFor="omniops-primary-color">
								{ __( 'Brand colour', 'omniops' ) }
							</label>
							<br />
							<input
								id="omniops-primary-color"
								type="color"
								value={ settings.primaryColor }
								onChange={ ( event ) =>
									change( {
										primaryColor: event.target.value,
									} )
								}
							/>
						</p>
						<SelectControl
							__nextHasNoMarginBottom
							__next40pxDefaultSize
							label={ __( 'Position', 'omniops' ) }
							value={ settings.position }
							options={ [
								{
									label: __( 'Bottom right', 'omniops' ),
									value: 'right',
								},
								{
									label: __( 'Bottom left', 'omniops' ),
									value: 'left',
								},
							] }
							onChange={ ( position ) =>
								change( {
									position:
										position as WidgetSettings[ 'position' ],
								} )
							}
						/>
						<SelectControl
							__nextHasNoMarginBottom
							__next40pxDefaultSize
							label={ __( 'Launcher icon', 'omniops' ) }
							value={ settings.launcherIcon }
							options={ [
								{
									label: __( 'Speech bubble', 'omniops' ),
									value: 'chat',
								},
								{
									label: __( 'Question mark', 'omniops' ),
									value: 'help',
								},
								{
									label: __( 'Sparkle', 'omniops' ),
									value: 'sparkle',
								},
							] }
							onChange={ ( launcherIcon ) =>
								change( {
									launcherIcon:
										launcherIcon as WidgetSettings[ 'launcherIcon' ],
								} )
							}
						/>
						<TextControl
							__nextHasNoMarginBottom
							__next40pxDefaultSize
							type="url"
							label={ __(
								'Avatar image URL (optional)',
								'omniops'
							) }
							value={ settings.avatarUrl }
							onChange={ ( avatarUrl ) =>
								change( { avatarUrl } )
							}
						/>
						<TextControl
							__nextHasNoMarginBottom
							__next40pxDefaultSize
							label={ __(
								'Chat language (locale, e.g. en or de_DE)',
								'omniops'
							) }
							help={ __(
								'The widget follows the shop’s language when it ships it; this is the fallback.',
								'omniops'
							) }
							value={ settings.locale }
							onChange={ ( locale ) => change( { locale } ) }
						/>
						<h3>{ __( 'Privacy', 'omniops' ) }</h3>
						<ToggleControl
							__nextHasNoMarginBottom
							label={ __(
								'Ask shoppers for consent before the chat stores anything',
								'omniops'
							) }
							checked={ settings.consentRequired }
							onChange={ ( consentRequired ) =>
								change( { consentRequired } )
							}
						/>
						<div style={ { display: 'flex', gap: 8 } }>
							{ (
								[
									[
										'minDays',
										__(
											'Shortest retention (days)',
											'omniops'
										),
									],
									[
										'defaultDays',
										__(
											'Default retention (days)',
											'omniops'
										),
									],
									[
										'maxDays',
										__(
											'Longest retention (days)',
											'omniops'
										),
									],
								] as Array< [ keyof Range, string ] >
							 ).map( ( [ field, label ] ) => (
								<TextControl
									key={ field }
									__nextHasNoMarginBottom
									__next40pxDefaultSize
									type="number"
									min={ 1 }
									max={ 3650 }
									label={ label }
									value={ String(
										settings.retention[ field ]
									) }
									onChange={ ( value ) =>
										changeRange( field, value )
									}
								/>
							) ) }
						</div>
						<SaveButton saving={ saving } onSave={ save }>
							{ __( 'Save appearance and privacy', 'omniops' ) }
						</SaveButton>
					</div>
					<WidgetPreview settings={ settings } />
				</div>
			</div>
		</section>
	);
}
