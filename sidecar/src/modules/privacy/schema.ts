// The privacy routes' contract (ADR 0032): shared with the widget, which reads it as types.
export {
	personalDataExportSchema,
	personalDataRequestBody,
	privacyChoicesBody,
	privacyChoicesSchema,
} from '../../../../contracts/privacy';
