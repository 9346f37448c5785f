import { Page } from '../../components/Page';
import { Link, paths } from '../../router';

/**
 * Any path under /owner that matches no screen.
 */
export function NotFoundScreen() {
	return (
		<Page title="Page not found">
			<p>
				There is nothing at this address.{ ' ' }
				<Link to={ paths.home }>Go to organizations</Link>
			</p>
		</Page>
	);
}
