const tablesSoFar = new WeakMap<Request, number>();

/** Numbers the tables of one rendered page 1, 2, 3…, giving each scroll region a unique label. */
export function nextTableNumber(page: Request): number {
  const number = (tablesSoFar.get(page) ?? 0) + 1;
  tablesSoFar.set(page, number);
  return number;
}
