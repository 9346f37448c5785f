/**
 * The rbac module: roles and permissions as data, the one permission check (ADR 0010,
 * ADR 0026). Its owner pages (roles, staff) are declared in the owner area, beside the
 * accounts they manage.
 */
import type { Platform } from '../../platform';
import type { AuditService } from '../audit/service';
import { createRbacService } from './service';

export interface RbacModuleDeps {
	platform: Pick< Platform, 'db' | 'clock' >;
	audit: AuditService;
}

export function createRbacModule( { platform, audit }: RbacModuleDeps ) {
	return {
		rbac: createRbacService( {
			db: platform.db,
			audit,
			clock: platform.clock,
		} ),
	};
}
