/** Where the e2e journeys find the sidecar and WordPress, and who signs in. */
export const E2E = {
	sidecarPort: 3101,
	sidecarUrl: 'http://127.0.0.1:3101',
	dataDir: '/tmp/omniops-e2e',
	wpUrl: process.env.WP_URL ?? 'http://127.0.0.1:8088',
	wpAdmin: {
		user: process.env.WP_ADMIN_USER ?? 'admin',
		password: process.env.WP_ADMIN_PASSWORD ?? 'password',
	},
	/** A second origin, for the cross-origin journey (localhost vs 127.0.0.1). */
	evilOrigin: 'http://localhost:8089',
	owner: {
		email: 'e2e-owner@omniops.test',
		password: 'e2e owner password 1',
	},
};
