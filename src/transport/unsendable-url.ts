// URLs no transport of this library requests: the ones fetch refuses. The Node transport refuses the same ones, so a
// base URL that works with one transport works with the other.

/**
 * Ports fetch refuses to connect to ("bad ports" of the Fetch standard): a request to one is never written, on
 * every platform.
 */
const FETCH_BLOCKED_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** Why a URL cannot be requested at all, or `undefined` when it can. */
export function unsendable(url: string): string | undefined {
  if (!URL.canParse(url)) return 'not a valid URL';
  const parsed = new URL(url);
  if (parsed.username !== '' || parsed.password !== '') return 'fetch refuses URLs with credentials';
  if (parsed.port !== '' && FETCH_BLOCKED_PORTS.has(Number(parsed.port))) {
    return `fetch blocks port ${parsed.port}`;
  }
  return undefined;
}
