/**
 * A database below the app, for the suites and benches that drive repos and services
 * directly (the per-site search index, the vocabulary cache, bench/search, bench/knowledge):
 * an empty database of either dialect, shops written straight into it as rows, and their
 * products stored through the commerce repo.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../../sidecar/src/config';
import { openDatabase, type Db } from '../../sidecar/src/db';
import type { CatalogItem } from '../../sidecar/src/modules/commerce/connector';
import type { CommerceRepo } from '../../sidecar/src/modules/commerce/repo';
import {
	fromProduct,
	wcProduct,
} from '../../sidecar/src/modules/commerce/woocommerce';
import { buildCatalog } from '../doubles/woocommerce/catalog';

export interface FreshDatabase {
	config: Config[ 'database' ];
	/** The SQLite file or the PostgreSQL URL, to print. */
	where: string;
	/** Removes the database (the SQLite folder, or drops the PostgreSQL database). */
	drop: () => Promise< void >;
}

/**
 * An empty, unmigrated database: SQLite in a new temporary folder, or a new PostgreSQL
 * database on the server `adminUrl` points at.
 * @param dialect
 * @param options          `prefix` names the folder, file and database; `adminUrl` is the
 *                         PostgreSQL server's (needed for PostgreSQL only).
 * @param options.prefix
 * @param options.adminUrl
 */
export async function freshDatabase(
	dialect: 'sqlite' | 'postgres',
	options: { prefix: string; adminUrl?: string }
): Promise< FreshDatabase > {
	if ( dialect === 'sqlite' ) {
		const dir = fs.mkdtempSync(
			path.join( os.tmpdir(), `omniops-${ options.prefix }-` )
		);
		const file = path.join( dir, `${ options.prefix }.sqlite` );
		return {
			config: { kind: 'sqlite', file },
			where: file,
			drop: async () =>
				fs.rmSync( dir, { recursive: true, force: true } ),
		};
	}
	const name = `omniops_${ options.prefix }_${ randomBytes( 5 ).toString(
		'hex'
	) }`;
	const admin = async ( statement: string ) => {
		const client = new pg.Client( { connectionString: options.adminUrl } );
		await client.connect();
		await client.query( statement );
		await client.end();
	};
	await admin( `create database ${ name }` );
	const url = new URL( options.adminUrl! );
	url.pathname = `/${ name }`;
	return {
		config: { kind: 'postgres', url: url.toString() },
		where: url.toString(),
		drop: () => admin( `drop database if exists ${ name } with (force)` ),
	};
}

/**
 * A suite's own empty database, opened (PostgreSQL on the TEST_DATABASE_URL server): the
 * suite migrates it as far as it needs, and `close` closes and removes it.
 * @param dialect
 * @param prefix  Names the folder, file and database.
 */
export async function openFreshDatabase(
	dialect: 'sqlite' | 'postgres',
	prefix: string
): Promise< { db: Db; close: () => Promise< void > } > {
	const fresh = await freshDatabase( dialect, {
		prefix,
		adminUrl: process.env.TEST_DATABASE_URL,
	} );
	const db = openDatabase( fresh.config );
	return {
		db,
		async close() {
			await db.close();
			await fresh.drop();
		},
	};
}

/**
 * A new organization and its connected site, written as rows (no connect token; its signing
 * secret is a placeholder).
 * @param db
 * @param name    The organization's and the site's name.
 * @param siteUrl The shop's address; by default one made from the site's id.
 */
export async function insertSite(
	db: Db,
	name: string,
	siteUrl?: string
): Promise< { organizationId: string; siteId: string } > {
	const organizationId = randomUUID();
	const siteId = randomUUID();
	const url = siteUrl ?? `https://${ siteId }.example`;
	const at = new Date().toISOString();
	await db.kysely
		.insertInto( 'organizations' )
		.values( { id: organizationId, name, created_at: at } )
		.execute();
	await db.kysely
		.insertInto( 'sites' )
		.values( {
			id: siteId,
			organization_id: organizationId,
			name,
			url,
			rest_url: `${ url }/wp-json/`,
			allowed_origins: '[]',
			public_key: `pk_${ randomBytes( 12 ).toString( 'hex' ) }`,
			signing_secret: 'x',
			platform: '{}',
			created_at: at,
			disconnected_at: null,
		} )
		.execute();
	return { organizationId, siteId };
}

/**
 * `products` generated simple products from `seed`, as catalog items in euro.
 *
 * @param products How many.
 * @param seed     The catalog's seed.
 */
export function generatedItems(
	products: number,
	seed: number
): CatalogItem[] {
	return buildCatalog( {
		products,
		seed,
		withVariations: false,
	} ).products.map( ( product ) =>
		fromProduct( wcProduct.parse( product ), 'EUR' )
	);
}

/**
 * Stores (adds or updates) `items` as the site's products, priced in euro, synced `at`.
 *
 * @param repo                The commerce repo.
 * @param site                The site.
 * @param site.organizationId Its organization.
 * @param site.siteId         Its id.
 * @param items               Its products.
 * @param at                  When they were synced (ISO).
 */
export function stockSite(
	repo: Pick< CommerceRepo, 'upsertItems' >,
	site: { organizationId: string; siteId: string },
	items: CatalogItem[],
	at: string
) {
	return repo.upsertItems(
		site.organizationId,
		site.siteId,
		items,
		'EUR',
		at
	);
}
