/**
 * The element id of the input for form field `name`. The field wrappers use it unless given an
 * `id`, and FormErrorSummary links to it, so a server's `fieldErrors` key finds its input.
 */
export function fieldId(name: string): string {
  return `field-${name}`;
}
