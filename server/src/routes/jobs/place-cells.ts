/**
 * The grid cells the keyword index (migration 0007, `job_place_cells`) files each job under: the same
 * four sizes, as cells per degree, and the same tokens. A box is covered by the cells of the finest
 * size that needs at most MAX_CELLS of them; a box wider than that at the coarsest size gets none
 * (null), and the search then takes the keyword's jobs from the whole city.
 */
const SIZES = [
  { name: '1', perDegree: 100 },
  { name: '4', perDegree: 25 },
  { name: '16', perDegree: 6.25 },
  { name: '64', perDegree: 1.5625 },
] as const

/** Few enough for the index to look each one up; enough that a cell is not much wider than the box. */
const MAX_CELLS = 16

export interface Box {
  latMin: number
  latMax: number
  lngMin: number
  lngMax: number
}

export function boxCells(box: Box): string[] | null {
  for (const size of SIZES) {
    // Math.floor, as SQL's floor: a point on a cell's edge belongs to the cell above and right of it.
    const cell = (degrees: number) => Math.floor(degrees * size.perDegree)
    const [rowMin, rowMax, colMin, colMax] = [cell(box.latMin), cell(box.latMax), cell(box.lngMin), cell(box.lngMax)]
    if ((rowMax - rowMin + 1) * (colMax - colMin + 1) > MAX_CELLS) continue
    const cells: string[] = []
    for (let row = rowMin; row <= rowMax; row++) {
      for (let col = colMin; col <= colMax; col++) cells.push(`@${size.name}:${row}:${col}`)
    }
    return cells
  }
  return null
}
