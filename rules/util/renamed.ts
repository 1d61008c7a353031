/** "renamed" when the simple name changed, "moved" when only the scope (package or parent) did. */
export function renameVerb(previous: { readonly name: string }, current: { readonly name: string }): string {
  return previous.name === current.name ? "moved" : "renamed";
}
