/**
 * A count as Dutch readers write it: a dot between thousands ("1.015", "52.156"). Written out
 * rather than left to `toLocaleString`, so the server's HTML and the browser agree whatever
 * locale data either has.
 */
export function getal(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}
