/**
 * ConfliBERT's five classes of CAMEO roots: 0 = 01–02 (statements, appeals), 1 = 03–05 (intent,
 * consult, diplomatic cooperation), 2 = 06–08 (material cooperation), 3 = 09–13 and 16 (verbal
 * conflict and reduced relations), 4 = 14, 15, 17–20 (protest, force posture, coercion, violence).
 * @returns the class, or null for a root outside 01–20.
 * @example pentaclassOf("16") // 3
 */
export function pentaclassOf(root: string): number | null {
  const n = Number(root.slice(0, 2));
  if (!Number.isInteger(n) || n < 1 || n > 20) return null;
  if (n <= 2) return 0;
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13 || n === 16) return 3;
  return 4;
}
