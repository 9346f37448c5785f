import { CheckboxControl, Spinner, TextControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { errorMessage } from '../api';
import {
	loadPageTypes,
	loadQuickActions,
	savePageTypes,
	saveQuickActions,
	type PageKind,
	type PageTypeChoices,
	type QuickActionSettings,
} from '../quickActionsApi';
import { LoadErrorNotice, StatusNotice } from './Notices';
import { useSaving } from '../useSaving';
import { SaveButton } from './SaveButton';

type Group = keyof QuickActionSettings;

/**
 * One editable action: where it lives in the settings, what the widget calls it, and the
 * address a contact action needs besides its label (a booking link, the shop's e-mail).
 */
interface ActionRow {
	group: Group;
	action: string;
	name: string;
	address?: { key: 'url' | 'email'; label: string };
}

const ROWS: Array< { group: Group; legend: string; actions: ActionRow[] } > = [
	{
		group: 'product',
		legend: __( 'Product pages', 'omniops' ),
		actions: [
			{
				group: 'product',
				action: 'addToCart',
				name: __( 'Add to cart', 'omniops' ),
			},
			{
				group: 'product',
				action: 'checkStock',
				name: __( 'Check stock', 'omniops' ),
			},
			{
				group: 'product',
				action: 'compare',
				name: __( 'Compare', 'omniops' ),
			},
		],
	},
	{
		group: 'contact',
		legend: __( 'Contact pages', 'omniops' ),
		actions: [
			{
				group: 'contact',
				action: 'scheduleCall',
				name: __( 'Schedule a call', 'omniops' ),
				address: {
					key: 'url',
					label: __( 'Booking link (https://…)', 'omniops' ),
				},
			},
			{
				group: 'contact',
				action: 'emailUs',
				name: __( 'Email us', 'omniops' ),
				address: {
					key: 'email',
					label: __( 'Shop e-mail', 'omniops' ),
				},
			},
		],
	},
	{
		group: 'faq',
		legend: __( 'FAQ and help pages', 'omniops' ),
		actions: [
			{
				group: 'faq',
				action: 'searchHelp',
				name: __( 'Search help articles', 'omniops' ),
			},
		],
	},
];

const KINDS: Array< { kind: PageKind; legend: string } > = [
	{ kind: 'contact', legend: __( 'Your contact pages', 'omniops' ) },
	{ kind: 'faq', legend: __( 'Your FAQ and help pages', 'omniops' ) },
];

type AnyAction = {
	enabled: boolean;
	label: string;
	url?: string;
	email?: string;
};

/**
 * The chat's quick-action chips per page type (labels editable, each can be switched off)
 * and which pages count as contact and FAQ pages. Saved together: the actions go to the
 * sidecar with the widget settings, the page choice stays in WordPress.
 */
export function QuickActionSettings() {
	const [ actions, setActions ] = useState< QuickActionSettings | null >(
		null
	);
	const [ pages, setPages ] = useState< PageTypeChoices | null >( null );
	const [ loadError, setLoadError ] = useState< string | null >( null );
	const { saving, message, setMessage, save: saveWith } = useSaving();

	const load = () => {
		setLoadError( null );
		Promise.all( [ loadQuickActions(), loadPageTypes() ] )
			.then( ( [ loadedActions, loadedPages ] ) => {
				const emailUs = loadedActions.contact.emailUs;
				if ( ! emailUs.email ) {
					// A sensible start: the address WordPress mails from.
					emailUs.email = window.omniopsAdmin?.adminEmail ?? '';
				}
				setActions( loadedActions );
				setPages( loadedPages );
			} )
			.catch( ( error: unknown ) =>
				setLoadError( errorMessage( error ) )
			);
	};
	useEffect( load, [] );

	if ( loadError ) {
		return <LoadErrorNotice error={ loadError } onRetry={ load } />;
	}
	if ( ! actions || ! pages ) {
		return <Spinner />;
	}

	const setting = ( row: ActionRow ) =>
		( actions[ row.group ] as Record< string, AnyAction > )[ row.action ]!;
	const change = ( row: ActionRow, patch: Partial< AnyAction > ) =>
		setActions( {
			...actions,
			[ row.group ]: {
				...actions[ row.group ],
				[ row.action ]: { ...setting( row ), ...patch },
			},
		} );
	const togglePage = ( kind: PageKind, id: number, on: boolean ) => {
		const chosen = pages.chosen[ kind ].filter( ( page ) => page !== id );
		setPages( {
			...pages,
			chosen: {
				...pages.chosen,
				[ kind ]: on ? [ ...chosen, id ] : chosen,
			},
		} );
	};
	const titleOf = ( id: number ) =>
		pages.pages.find( ( page ) => page.id === id )?.title ?? `#${ id }`;

	const save = () =>
		saveWith(
			() =>
				Promise.all( [
					saveQuickActions( actions ),
					savePageTypes( pages.chosen ),
				] ),
			( [ savedActions, savedPages ] ) => {
				setActions( savedActions );
				setPages( savedPages );
			},
			__(
				'Quick actions saved. They show on your shop’s pages now.',
				'omniops'
			)
		);

	return (
		<section aria-labelledby="omniops-quick-actions-title">
			<h2 id="omniops-quick-actions-title">
				{ __( 'Quick actions', 'omniops' ) }
			</h2>
			<p>
				{ __(
					'Buttons the chat offers under its welcome on matching pages. Leave a label empty to use the chat’s own wording in the shopper’s language.',
					'omniops'
				) }
			</p>
			<StatusNotice
				message={ message }
				onDismiss={ () => setMessage( null ) }
			/>
			{ ROWS.map( ( group ) => (
				<fieldset key={ group.group } style={ { marginBottom: 16 } }>
					<legend>
						<strong>{ group.legend }</strong>
					</legend>
					{ group.actions.map( ( row ) => {
						const current = setting( row );
						const { address } = row;
						return (
							<div
								key={ row.action }
								style={ {
									display: 'flex',
									gap: 12,
									alignItems: 'flex-end',
									flexWrap: 'wrap',
									marginTop: 8,
								} }
							>
								<CheckboxControl
									__nextHasNoMarginBottom
									label={ row.name }
									checked={ current.enabled }
									onChange={ ( enabled ) =>
										change( row, { enabled } )
									}
								/>
								<TextControl
									__nextHasNoMarginBottom
									__next40pxDefaultSize
									label={ sprintf(
										/* translators: %s: the action, e.g. "Add to cart". */
										__( 'Label for “%s”', 'omniops' ),
										row.name
									) }
									placeholder={ row.name }
									maxLength={ 40 }
									value={ current.label }
									onChange={ ( label ) =>
										change( row, { label } )
									}
								/>
								{ address && (
									<TextControl
										__nextHasNoMarginBottom
										__next40pxDefaultSize
										type={ address.key }
										label={ address.label }
										value={ current[ address.key ] ?? '' }
										onChange={ ( value ) =>
											change( row, {
												[ address.key ]: value,
											} )
										}
									/>
								) }
							</div>
						);
					} ) }
				</fieldset>
			) ) }
			<h3>
				{ __( 'Which pages are contact and FAQ pages', 'omniops' ) }
			</h3>
			{ KINDS.map( ( { kind, legend } ) => (
				<fieldset key={ kind } style={ { marginBottom: 16 } }>
					<legend>
						<strong>{ legend }</strong>
					</legend>
					<p className="description">
						{ pages.detected[ kind ].length
							? sprintf(
									/* translators: %s: comma-separated page titles. */
									__(
										'While none is ticked, these are recognised by their name or contact form: %s.',
										'omniops'
									),
									pages.detected[ kind ]
										.map( titleOf )
										.join( ', ' )
								)
							: __(
									'While none is ticked, pages are recognised by their name or contact form; none matches yet.',
									'omniops'
								) }
					</p>
					<div
						style={ {
							maxHeight: 180,
							overflowY: 'auto',
							display: 'grid',
							gap: 4,
						} }
					>
						{ pages.pages.map( ( page ) => (
							<CheckboxControl
								key={ page.id }
								__nextHasNoMarginBottom
								label={ page.title || `#${ page.id }` }
								checked={ pages.chosen[ kind ].includes(
									page.id
								) }
								onChange={ ( on ) =>
									togglePage( kind, page.id, on )
								}
							/>
						) ) }
					</div>
				</fieldset>
			) ) }
			<SaveButton saving={ saving } onSave={ save }>
				{ __( 'Save quick actions', 'omniops' ) }
			</SaveButton>
		</section>
	);
}
