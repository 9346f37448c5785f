/**
 * A typed hook: one module emits, modules built after it subscribe in their own index.ts
 * (ADR 0026). Listeners run one after another and their errors reach the emitter, so a
 * reaction that must happen (a verified order recorded for attribution) fails the call
 * that emitted it, as a direct call would.
 */
export interface Hook< T extends unknown[] > {
	subscribe: ( listener: ( ...args: T ) => Promise< void > | void ) => void;
	emit: ( ...args: T ) => Promise< void >;
}

export function createHook< T extends unknown[] >(): Hook< T > {
	const listeners: Array< ( ...args: T ) => Promise< void > | void > = [];
	return {
		subscribe( listener ) {
			listeners.push( listener );
		},
		async emit( ...args ) {
			for ( const listener of listeners ) {
				await listener( ...args );
			}
		},
	};
}
