/** Where the focus goes in a keyboard-navigable list for a navigation key; null when the key does not move it. */
export function nextFocusIndex(current: number, key: string, count: number): number | null {
  if (count === 0) return null;
  const from = Math.min(Math.max(current, 0), count - 1);
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, count - 1);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
