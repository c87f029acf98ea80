/**
 * The heatmap's grid in pixels, so that the height grows with the points and a cell's place is known (the e2e test
 * clicks a cell at left + (day − 0.5) × width / days, top + (row + 0.5) × ROW_HEIGHT).
 */
export const HEATMAP_LAYOUT = { left: 200, right: 24, top: 8, bottom: 72, rowHeight: 28 } as const;
