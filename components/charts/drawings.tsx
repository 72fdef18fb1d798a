'use client';

/**
 * Every Recharts drawing of the panels, in one chunk loaded when the map has settled
 * (`load-drawings.ts`): Recharts is no part of the page's first-load JavaScript, and the
 * charts draw after the map in any case (ChartCanvas).
 */
export { ResponsiveContainer } from 'recharts';
export { AreaDrawing } from './AreaDrawing';
export { CooperationDrawing } from './CooperationDrawing';
export { GdpGrowthDrawing } from './GdpGrowthDrawing';
export { GdpIndexDrawing } from './GdpIndexDrawing';
export { GdpLevelsDrawing } from './GdpLevelsDrawing';
export { PerCapitaDrawing } from './PerCapitaDrawing';
