// The sites routes' contract (ADR 0032): shared with the browser apps, which read it as types.
export * from '../../../../contracts/sites';
