// The alert routes' contract (ADR 0032): shared with the dashboard, which reads it as types.
export * from '../../../../contracts/alerts';
