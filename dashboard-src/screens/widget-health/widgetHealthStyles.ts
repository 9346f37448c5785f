/** Styles of the widget-health and telemetry pages (cards, charts, dialog). */
export const WIDGET_HEALTH_CSS = `
.health-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; }
.health-card { background: var(--oo-surface); border: 1px solid var(--oo-border); border-radius: var(--oo-radius); padding: 12px 16px; }
.health-card-alert { border-color: var(--oo-error); background: var(--oo-error-bg); }
.health-card-label { margin: 0; color: var(--oo-muted); font-size: 0.875rem; }
.health-card-value { margin: 4px 0; font-size: 1.5rem; font-weight: 600; }
.health-card-alert .health-card-value { color: var(--oo-error); }
.health-card-note { margin: 0; color: var(--oo-muted); font-size: 0.8125rem; }
.chart-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; }
.chart { margin: 0; background: var(--oo-surface); border: 1px solid var(--oo-border); border-radius: var(--oo-radius); padding: 12px; }
.chart h3 { margin: 0 0 8px; font-size: 1rem; }
.chart-canvas { position: relative; height: 220px; }
.dialog-backdrop { position: fixed; inset: 0; background: rgba(16, 24, 40, 0.45); display: flex; align-items: center; justify-content: center; padding: 16px; z-index: 10; }
.dialog { max-width: 640px; width: 100%; max-height: 90vh; overflow: auto; }
.details-list { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
.details-list dt { color: var(--oo-muted); }
.details-list dd { margin: 0; }
.break { word-break: break-all; }
.telemetry-totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 8px 16px; }
.telemetry-totals dt { color: var(--oo-muted); font-size: 0.875rem; }
.telemetry-totals dd { margin: 0; font-weight: 600; }
.table-scroll { overflow-x: auto; }
`;
