import { DataTable } from '../../components/DataTable';
import { FormattedDate, dateColumn } from '../../components/FormattedDate';
import { Page } from '../../components/Page';
import { ResourceStatus } from '../../components/ResourceStatus';
import { useApiResource } from '../../hooks/useApiResource';
import { Link, paths } from '../../router';
import type { OrgSectionProps } from './nav';
import { orgApi, type ConversationSummary } from './orgApi';

function Transcript( props: {
	organizationId: string;
	conversationId: string;
} ) {
	const { organizationId, conversationId } = props;
	const transcript = useApiResource(
		`org-transcript:${ organizationId }:${ conversationId }`,
		( api, signal ) =>
			orgApi.transcript( api, organizationId, conversationId, signal )
	);
	const back = (
		<nav aria-label="Breadcrumb" className="breadcrumb">
			<Link to={ paths.appOrg( organizationId, 'conversations' ) }>
				Conversations
			</Link>
		</nav>
	);
	return (
		<Page title="Conversation" before={ back }>
			<ResourceStatus
				resource={ transcript }
				failure="Could not load the conversation"
				loading="Loading conversation…"
			/>
			{ transcript.data && (
				<ol className="transcript" aria-label="Messages">
					{ transcript.data.messages.map( ( message ) => (
						<li
							key={ message.id }
							className={ `message-${ message.role }` }
						>
							<p>
								<strong>
									{ message.role === 'shopper'
										? 'Shopper'
										: 'Assistant' }
								</strong>{ ' ' }
								<FormattedDate value={ message.createdAt } />
							</p>
							<p>{ message.text }</p>
						</li>
					) ) }
				</ol>
			) }
		</Page>
	);
}

/**
 * `/app/:orgId/conversations[/:id]`: the organization's chats with shoppers, read-only.
 *
 * @param props Section props.
 */
export function OrgConversations( props: OrgSectionProps ) {
	const { organizationId, item } = props;
	const list = useApiResource(
		`org-conversations:${ organizationId }`,
		( api, signal ) => orgApi.conversations( api, organizationId, signal )
	);
	if ( item ) {
		return (
			<Transcript
				organizationId={ organizationId }
				conversationId={ item }
			/>
		);
	}
	return (
		<Page title="Conversations">
			<ResourceStatus
				resource={ list }
				failure="Could not load conversations"
				loading="Loading conversations…"
			/>
			{ list.data && list.data.conversations.length === 0 && (
				<p className="empty">No conversations yet.</p>
			) }
			{ list.data && list.data.conversations.length > 0 && (
				<DataTable
					label="Conversations"
					rows={ list.data.conversations }
					columns={ [
						{
							header: 'Last activity',
							render: ( row ) => (
								<Link
									to={ paths.appOrg(
										organizationId,
										'conversations',
										row.id
									) }
								>
									<FormattedDate value={ row.updatedAt } />
								</Link>
							),
						},
						dateColumn(
							'Started',
							( row: ConversationSummary ) => row.createdAt
						),
						{
							header: 'Messages',
							render: ( row ) => row.messageCount,
						},
					] }
				/>
			) }
		</Page>
	);
}
